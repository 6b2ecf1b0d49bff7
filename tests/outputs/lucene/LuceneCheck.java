// Loads the exported synonym list and kuromoji user dictionary into the analyzer chain an
// Elasticsearch user would build, indexes the given documents, runs the given queries and prints
// JSON: the user dictionary's load error (or null), every synonym rule the parser rejects, and
// the ids of the documents each query finds.
//
//   java -cp <lucene jars>:<dir> LuceneCheck SYNONYMS CASED USERDICT QUERIES DOC...
//   java -cp <lucene jars>:<dir> LuceneCheck --field-type FIELDTYPE.xml CONF_DIR QUERIES DOC...
//
// The second form builds the analyzers from a Solr field type through CustomAnalyzer, with the
// same factory names Solr uses, and prints only the results.
//
// Chain: ICU NFKC char filter → kuromoji (search mode, user dictionary) → CJK width → the cased
// names (case-sensitive rules, EAR => glossaryear) → lower case, with the synonym graph filter
// added at query time only (as Elasticsearch advises).
import com.ibm.icu.text.Normalizer2;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.lucene.analysis.util.TokenizerFactory;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

public class LuceneCheck {
  static Analyzer chain(UserDictionary userDict, SynonymMap cased, boolean lowerCase, SynonymMap synonyms) {
    return new Analyzer() {
      @Override
      protected Reader initReader(String field, Reader reader) {
        return new ICUNormalizer2CharFilter(reader, Normalizer2.getNFKCInstance());
      }

      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer tokenizer = new JapaneseTokenizer(userDict, true, JapaneseTokenizer.Mode.SEARCH);
        TokenStream stream = new CJKWidthFilter(tokenizer);
        if (cased != null) stream = new SynonymGraphFilter(stream, cased, false);
        if (lowerCase) stream = new LowerCaseFilter(stream);
        if (synonyms != null) stream = new SynonymGraphFilter(stream, synonyms, true);
        return new TokenStreamComponents(tokenizer, stream);
      }
    };
  }

  static String json(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') out.append('\\').append(c);
      else if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
      else out.append(c);
    }
    return out.append('"').toString();
  }

  /** Indexes the documents args[from..] with one analyzer, runs the queries with the other; the results as JSON members. */
  static String search(Analyzer index, Analyzer search, List<String> queries, String[] args, int from) throws IOException {
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(index))) {
      for (int i = from; i < args.length; i++) {
        Path path = Paths.get(args[i]);
        String name = path.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        Document doc = new Document();
        doc.add(new StringField("id", name, Field.Store.YES));
        doc.add(new TextField("text", Files.readString(path, StandardCharsets.UTF_8), Field.Store.NO));
        writer.addDocument(doc);
      }
    }
    StringBuilder results = new StringBuilder();
    IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
    QueryBuilder builder = new QueryBuilder(search);
    for (String q : queries) {
      if (q.isBlank()) continue;
      Query query = builder.createPhraseQuery("text", q);
      TreeSet<String> found = new TreeSet<>();
      if (query != null) {
        for (ScoreDoc hit : searcher.search(query, 10_000).scoreDocs) found.add(searcher.doc(hit.doc).get("id"));
      }
      if (results.length() > 0) results.append(',');
      results.append(json(q)).append(":[");
      int n = 0;
      for (String id : found) results.append(n++ > 0 ? "," : "").append(json(id));
      results.append(']');
    }
    return results.toString();
  }

  /** `solr.JapaneseTokenizerFactory` → the SPI name `japanese`, as Solr resolves its short class names. */
  static String spiName(String solrClass, String suffix) {
    String simple = solrClass.substring(solrClass.lastIndexOf('.') + 1);
    return simple.substring(0, simple.length() - suffix.length());
  }

  /** The analyzer of a Solr field type's `<analyzer type="…">`, built by CustomAnalyzer from the same factory names. */
  static Analyzer fromFieldType(org.w3c.dom.Document fieldType, String type, Path conf) throws IOException {
    CustomAnalyzer.Builder builder = CustomAnalyzer.builder(conf);
    NodeList analyzers = fieldType.getElementsByTagName("analyzer");
    for (int a = 0; a < analyzers.getLength(); a++) {
      Element analyzer = (Element) analyzers.item(a);
      if (!analyzer.getAttribute("type").equals(type)) continue;
      NodeList parts = analyzer.getChildNodes();
      for (int i = 0; i < parts.getLength(); i++) {
        if (!(parts.item(i) instanceof Element)) continue;
        Element part = (Element) parts.item(i);
        Map<String, String> params = new HashMap<>();
        NamedNodeMap attributes = part.getAttributes();
        for (int j = 0; j < attributes.getLength(); j++) {
          String name = attributes.item(j).getNodeName();
          String value = attributes.item(j).getNodeValue();
          if (name.equals("class")) continue;
          // Solr's loader resolves `solr.` class names in arguments too (tokenizerFactory).
          if (value.startsWith("solr.") && value.endsWith("TokenizerFactory")) value = TokenizerFactory.lookupClass(spiName(value, "TokenizerFactory")).getName();
          params.put(name, value);
        }
        String cls = part.getAttribute("class");
        switch (part.getTagName()) {
          case "charFilter": builder.addCharFilter(spiName(cls, "CharFilterFactory"), params); break;
          case "tokenizer": builder.withTokenizer(spiName(cls, "TokenizerFactory"), params); break;
          case "filter": builder.addTokenFilter(spiName(cls, "FilterFactory"), params); break;
          default: throw new IllegalArgumentException("unknown element " + part.getTagName());
        }
      }
    }
    return builder.build();
  }

  public static void main(String[] args) throws Exception {
    if (args[0].equals("--field-type")) {
      // --field-type FIELDTYPE.xml CONF_DIR QUERIES DOC...: Solr's field type, the files in CONF_DIR.
      org.w3c.dom.Document fieldType = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(args[1]));
      Path conf = Paths.get(args[2]);
      List<String> queries = Files.readAllLines(Paths.get(args[3]), StandardCharsets.UTF_8);
      String results = search(fromFieldType(fieldType, "index", conf), fromFieldType(fieldType, "query", conf), queries, args, 4);
      System.out.println("{\"results\":{" + results + "}}");
      return;
    }
    String synonymsText = Files.readString(Paths.get(args[0]), StandardCharsets.UTF_8);
    String casedText = Files.readString(Paths.get(args[1]), StandardCharsets.UTF_8);
    String userDictText = Files.readString(Paths.get(args[2]), StandardCharsets.UTF_8);
    List<String> queries = Files.readAllLines(Paths.get(args[3]), StandardCharsets.UTF_8);

    String userDictError = null;
    UserDictionary userDict = null;
    try {
      userDict = UserDictionary.open(new StringReader(userDictText));
    } catch (Exception e) {
      userDictError = e.toString();
    }
    // The cased rules are parsed by the chain before them: no lower-casing.
    SolrSynonymParser casedParser = new SolrSynonymParser(true, false, chain(userDict, null, false, null));
    casedParser.parse(new StringReader(casedText));
    SynonymMap cased = casedParser.build();
    Analyzer plain = chain(userDict, cased, true, null);

    // Each rule alone, so that every rejected rule is reported, not only the first.
    List<String> rejected = new ArrayList<>();
    String[] lines = synonymsText.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isEmpty() || lines[i].startsWith("#")) continue;
      try {
        SolrSynonymParser one = new SolrSynonymParser(true, true, plain);
        one.parse(new StringReader(lines[i]));
        one.build();
      } catch (Exception e) {
        String cause = e.getCause() != null ? e.getCause().toString() : e.toString();
        rejected.add("{\"line\":" + (i + 1) + ",\"rule\":" + json(lines[i]) + ",\"error\":" + json(cause) + "}");
      }
    }
    SolrSynonymParser parser = new SolrSynonymParser(true, true, plain);
    String fileError = null;
    SynonymMap synonyms = null;
    try {
      parser.parse(new StringReader(synonymsText));
      synonyms = parser.build();
    } catch (Exception e) {
      fileError = e.toString();
    }

    String results = synonyms == null ? "" : search(plain, chain(userDict, cased, true, synonyms), queries, args, 4);
    System.out.println("{\"userDictError\":" + (userDictError == null ? "null" : json(userDictError))
        + ",\"synonymsError\":" + (fileError == null ? "null" : json(fileError))
        + ",\"rejected\":[" + String.join(",", rejected) + "]"
        + ",\"results\":{" + results + "}}");
  }
}
