package vn.edudx.workflow.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The calendar of the evaluation, as the office sets it in {@code etc/vn.edudx.workflow.cfg}. */
@ObjectClassDefinition(
    name = "EduDX evaluation workflow",
    description = "The deadlines of schools' self-assessments and of the office's decisions.")
public @interface WorkflowConfig {

  @AttributeDefinition(
      description =
          "The last day schools may submit on time, as MM-dd in the end year of a school year"
              + " (or in a calendar-year period's own year); 31 May by Decision 4725/QĐ-BGDĐT.")
  String submitBy() default "05-31";

  @AttributeDefinition(
      description =
          "The day by which the office checks, approves and publishes results, as MM-dd in the"
              + " same year.")
  String publishBy() default "06-20";
}
