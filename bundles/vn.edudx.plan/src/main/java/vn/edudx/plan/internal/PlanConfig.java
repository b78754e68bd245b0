package vn.edudx.plan.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the plan evaluation ({@code etc/vn.edudx.plan.cfg}). */
@ObjectClassDefinition(name = "EduDX plan evaluation")
public @interface PlanConfig {

  @AttributeDefinition(
      description =
          "The town, district or office whose units a plan's targets count (a unit code such as"
              + " NN); empty: the whole register.")
  String area() default "";

  @AttributeDefinition(
      description =
          "The report's issuing body, superior first, one line each (the heading's left column).")
  String[] reportAuthority() default {"UBND THỊ XÃ NGÃ NĂM", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"};

  @AttributeDefinition(description = "The report's number line, after \"Số: \".")
  String reportNumber() default "…/BC-PGDĐT";

  @AttributeDefinition(description = "The place in the report's date line.")
  String reportPlace() default "Ngã Năm";
}
