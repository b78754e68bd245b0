package vn.edudx.demo.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Demo mode: on, the synthetic Ngã Năm data are loaded on first start. */
@ObjectClassDefinition(
    name = "EduDX demo data",
    description = "Loads the synthetic Ngã Năm demo data (never the schools' real figures).")
public @interface DemoConfig {

  @AttributeDefinition(description = "Load the demo data when EduDX starts.")
  boolean enabled() default false;
}
