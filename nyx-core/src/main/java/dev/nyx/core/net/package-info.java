/**
 * Network rules: which URLs Nyx and its browser may visit ({@link dev.nyx.core.net.UrlPolicy})
 * and how host names are resolved for that decision ({@link dev.nyx.core.net.HostResolver}).
 */
package dev.nyx.core.net;
