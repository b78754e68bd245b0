package vn.edudx.collector.publicservices.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The settings of one public-services drop folder (one factory configuration each). */
@ObjectClassDefinition(
    name = "EduDX public-services collector",
    description =
        "A drop folder for CSV statistics of administrative procedures, one row per procedure.")
public @interface PublicServicesCollectorConfig {

  @AttributeDefinition(
      description = "A short name for this drop folder, used in route ids and provenance.")
  String name() default "inbox";

  @AttributeDefinition(
      description = "The folder watched for files; done/ and error/ are made inside it.")
  String directory();

  @AttributeDefinition(
      description =
          "Store the units whose rows are all valid when a file has bad rows, instead of rejecting"
              + " the whole file.")
  boolean acceptValidRows() default false;

  @AttributeDefinition(description = "How often the folder is looked at, in milliseconds.")
  long pollMillis() default 1000;

  @AttributeDefinition(description = "Files larger than this are rejected unread, in megabytes.")
  int maxFileMegabytes() default 50;

  @AttributeDefinition(
      description =
          "A file whose processing keeps failing (not a rejection) is moved to error/ after this"
              + " many attempts; until then it is retried.")
  int maxAttempts() default 10;
}
