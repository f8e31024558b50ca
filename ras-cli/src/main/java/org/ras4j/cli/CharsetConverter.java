package org.ras4j.cli;

import java.nio.charset.Charset;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a {@link Charset} by name ({@code windows-1252}, {@code IBM850}, ...) for picocli. */
final class CharsetConverter implements ITypeConverter<Charset> {

    @Override
    public Charset convert(String value) {
        try {
            return Charset.forName(value);
        } catch (IllegalArgumentException unknown) {
            throw new TypeConversionException("'" + value + "' is not a charset this Java runtime knows");
        }
    }
}
