package org.ras4j.tck;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ras4j.codec.RasCharset;

/**
 * Runs a requirement once for the {@code A} and once for the {@code W} function, each run named
 * after the requirement with the charset appended ({@code ENUM-01 … [W]}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "{displayName} [{0}]")
@EnumSource(RasCharset.class)
@interface ForEachCharset {
}
