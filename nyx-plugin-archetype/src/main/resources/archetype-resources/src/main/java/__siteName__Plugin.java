package ${package};

import org.pf4j.Plugin;

/** The ${pluginId} plugin: PF4J starts and stops it; its extensions are found through @Extension. */
public class ${siteName}Plugin extends Plugin {
}
