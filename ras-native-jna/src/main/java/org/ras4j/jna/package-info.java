/**
 * The native {@link org.ras4j.spi.RasBackend}: {@code rasapi32.dll} through JNA.
 *
 * <p>{@link org.ras4j.jna.Rasapi32} is the raw mapping (exact Win32 names and argument order);
 * {@link org.ras4j.jna.Rasapi32Library} loads it by absolute path from the system directory (or
 * from the file named by {@code ras4j.rasapi32.library}); {@link org.ras4j.jna.JnaRasBackend} is
 * the adapter to the port, and {@link org.ras4j.jna.JnaRasBackendProvider} offers it to
 * {@link java.util.ServiceLoader}.
 */
package org.ras4j.jna;
