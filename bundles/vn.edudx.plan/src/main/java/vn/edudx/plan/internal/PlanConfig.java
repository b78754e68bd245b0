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
}
