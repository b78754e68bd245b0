package vn.edudx.publish.internal;

import org.osgi.service.component.annotations.Component;
import vn.edudx.api.publication.Exports;
import vn.edudx.api.publication.Publication;

/**
 * The downloads of a publication for the press and open data: CSV, XLSX and a self-contained HTML
 * page, each made from the stored snapshot alone, so they always match its checksum.
 */
@Component(service = Exports.class)
public class EduDxExports implements Exports {

  @Override
  public byte[] csv(Publication publication) {
    return CsvExport.write(publication);
  }

  @Override
  public byte[] xlsx(Publication publication) {
    return XlsxExport.write(publication);
  }

  @Override
  public String html(Publication publication) {
    return HtmlExport.write(publication);
  }
}
