package org.ras4j.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a file {@link Path} for picocli, saying in words why a string is not one (a NUL, a bad character). */
final class PathConverter implements ITypeConverter<Path> {

    @Override
    public Path convert(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException invalid) {
            throw new TypeConversionException("'" + Escaper.snippet(value) + "' is not a file path here: "
                    + invalid.getReason());
        }
    }
}
