// Reads a TBX file with OmegaT's own glossary reader (OmegaT 3.6, Debian's omegat) in a Japanese
// to English project, as OmegaT does when the file is in a project's glossary folder, and prints
// each glossary entry it read as `source<TAB>target`, one a line.
import java.io.File;
import java.io.PrintStream;
import org.omegat.core.Core;
import org.omegat.core.data.NotLoadedProject;
import org.omegat.core.data.ProjectProperties;
import org.omegat.gui.glossary.GlossaryEntry;
import org.omegat.gui.glossary.GlossaryReaderTBX;

public class OmegatReadTbx {
  public static void main(String[] args) throws Exception {
    File tbx = new File(args[0]);
    // The reader takes the languages from the open project: a project that is not loaded, with them set.
    ProjectProperties properties = new ProjectProperties(tbx.getAbsoluteFile().getParentFile());
    properties.setSourceLanguage("ja");
    properties.setTargetLanguage("en");
    Core.setProject(new NotLoadedProject() {
      @Override
      public ProjectProperties getProjectProperties() {
        return properties;
      }
    });
    PrintStream out = new PrintStream(System.out, true, "UTF-8");
    for (GlossaryEntry entry : GlossaryReaderTBX.read(tbx, false)) out.println(entry.getSrcText() + "\t" + entry.getLocText());
  }
}
