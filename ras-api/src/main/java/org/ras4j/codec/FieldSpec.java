package org.ras4j.codec;

/**
 * One member of a C structure as {@code ras.h} declares it: its type and element count
 * ({@code 1} for scalars, the array length for {@code CHAR}/{@code WCHAR} arrays).
 *
 * @param field the member, identified by an enum constant of the structure's field type
 * @param type  the C type of one element
 * @param count the number of elements
 */
record FieldSpec<F extends Enum<F>>(F field, FieldType type, int count) {

    static <F extends Enum<F>> FieldSpec<F> scalar(F field, FieldType type) {
        return new FieldSpec<>(field, type, 1);
    }

    static <F extends Enum<F>> FieldSpec<F> text(F field, int chars) {
        return new FieldSpec<>(field, FieldType.TCHAR, chars);
    }

    static <F extends Enum<F>> FieldSpec<F> bytes(F field, int count) {
        return new FieldSpec<>(field, FieldType.BYTE, count);
    }
}
