/** Values by span [start, end) of one text, keyed by a number (a string key per span costs more). */
export class SpanMap<T> {
  private readonly byKey = new Map<number, T>();
  constructor(private readonly textLength: number) {}
  get(start: number, end: number): T | undefined {
    return this.byKey.get(this.keyOf(start, end));
  }
  set(start: number, end: number, value: T): void {
    this.byKey.set(this.keyOf(start, end), value);
  }
  delete(start: number, end: number): void {
    this.byKey.delete(this.keyOf(start, end));
  }
  values(): IterableIterator<T> {
    return this.byKey.values();
  }
  private keyOf(start: number, end: number): number {
    return start * (this.textLength + 1) + end;
  }
}
