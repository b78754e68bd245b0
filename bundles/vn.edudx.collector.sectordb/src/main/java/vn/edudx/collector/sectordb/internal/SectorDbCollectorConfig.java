package vn.edudx.collector.sectordb.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The settings of one sector-database source (one factory configuration each): where to pull from,
 * how often, how patiently, and which field of an exported unit is which indicator.
 */
@ObjectClassDefinition(
    name = "EduDX sector-database collector",
    description =
        "Pulls a sector-database export from an HTTP JSON source, page by page from a saved"
            + " cursor, backing off while the source is down.")
public @interface SectorDbCollectorConfig {

  @AttributeDefinition(
      description =
          "A short name for this source (letters, digits, . _ -): the instance in provenance and"
              + " status, and the name of its cursor file.")
  String name() default "default";

  @AttributeDefinition(
      description =
          "The export's address; ?since=<cursor>&limit=<pageSize> is added. Empty: this instance"
              + " pulls nothing.")
  String url() default "";

  @AttributeDefinition(description = "Seconds between two pulls while the source answers.")
  long intervalSeconds() default 900;

  @AttributeDefinition(description = "Units asked for per page (the limit parameter).")
  int pageSize() default 500;

  @AttributeDefinition(description = "Seconds to wait for the connection to the source.")
  int connectTimeoutSeconds() default 10;

  @AttributeDefinition(description = "Seconds to wait for the source's answer once connected.")
  int readTimeoutSeconds() default 30;

  @AttributeDefinition(
      description = "Sent as Authorization: Bearer <token> when not empty.",
      type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD)
  String bearerToken() default "";

  @AttributeDefinition(description = "The header that carries apiKey.")
  String apiKeyHeader() default "X-API-Key";

  @AttributeDefinition(
      description = "Sent in apiKeyHeader when not empty.",
      type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD)
  String apiKey() default "";

  @AttributeDefinition(description = "A page larger than this is refused unread, in kilobytes.")
  long maxPageKilobytes() default 10_240;

  @AttributeDefinition(
      description = "Seconds before the first retry once the source fails; doubled every failure.")
  long backoffBaseSeconds() default 10;

  @AttributeDefinition(description = "The longest wait between two retries, in seconds.")
  long backoffMaxSeconds() default 900;

  @AttributeDefinition(
      description =
          "Which field of an exported unit is which indicator: path=indicator entries separated by"
              + " commas, a path naming nested fields with dots (staff.teachers).")
  String mapping() default Mapping.DEFAULT;

  @AttributeDefinition(
      description =
          "Store the valid values of a page that has bad ones, instead of rejecting the page.")
  boolean acceptValidRows() default false;

  @AttributeDefinition(
      description = "Where the cursor file is kept; empty: ${karaf.data}/edudx/sectordb.")
  String cursorDirectory() default "";
}
