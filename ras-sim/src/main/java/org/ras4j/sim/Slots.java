package org.ras4j.sim;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * An immutable sequence of slots that shares structure with the sequences it was made from: a
 * 32-way trie, so that {@link #get}, {@link #set} and {@link #append} copy one path of at most
 * seven nodes of 32 references ({@code log32} of the size) and cost the same whether the sequence
 * holds ten elements or a million. A slot may hold {@code null}.
 *
 * <p>The simulator keeps its connections in one, in the order {@code RasEnumConnections} lists
 * them, so that a new connection, or a change to one, makes a new immutable snapshot without
 * copying the others.
 *
 * @param <E> the element type
 */
final class Slots<E> {
    private static final int BITS = 5;
    private static final int WIDTH = 1 << BITS;
    private static final int MASK = WIDTH - 1;
    private static final Slots<Object> EMPTY = new Slots<>(0, 0, new Object[WIDTH]);

    private final int size;
    /** Bits of an index below the root's level: 0 when the root is itself a leaf. */
    private final int shift;
    private final Object[] root;

    private Slots(int size, int shift, Object[] root) {
        this.size = size;
        this.shift = shift;
        this.root = root;
    }

    /** The sequence of no slot. */
    @SuppressWarnings("unchecked")
    static <E> Slots<E> empty() {
        return (Slots<E>) EMPTY;
    }

    /** The number of slots. */
    int size() {
        return size;
    }

    /**
     * The element in slot {@code index}.
     *
     * @throws IndexOutOfBoundsException unless {@code 0 <= index < size()}
     */
    @SuppressWarnings("unchecked")
    E get(int index) {
        Objects.checkIndex(index, size);
        Object[] node = root;
        for (int level = shift; level > 0; level -= BITS) {
            node = (Object[]) node[(index >>> level) & MASK];
        }
        return (E) node[index & MASK];
    }

    /**
     * This sequence with {@code value} in slot {@code index}.
     *
     * @throws IndexOutOfBoundsException unless {@code 0 <= index < size()}
     */
    Slots<E> set(int index, E value) {
        Objects.checkIndex(index, size);
        return new Slots<>(size, shift, set(root, shift, index, value));
    }

    /** This sequence with one more slot, holding {@code value}, at the end. */
    Slots<E> append(E value) {
        if (size == Integer.MAX_VALUE) {
            throw new IllegalStateException("a sequence of slots holds at most " + Integer.MAX_VALUE);
        }
        if ((long) size == 1L << (shift + BITS)) {
            Object[] taller = new Object[WIDTH];
            taller[0] = root;
            return new Slots<>(size + 1, shift + BITS, set(taller, shift + BITS, size, value));
        }
        return new Slots<>(size + 1, shift, set(root, shift, size, value));
    }

    /** Calls {@code action} with every slot's element ({@code null}s included), first slot first. */
    @SuppressWarnings("unchecked")
    void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action, "action");
        Object[] leaf = null;
        for (int index = 0; index < size; index++) {
            if ((index & MASK) == 0) {
                leaf = leafOf(index);
            }
            action.accept((E) leaf[index & MASK]);
        }
    }

    private Object[] leafOf(int index) {
        Object[] node = root;
        for (int level = shift; level > 0; level -= BITS) {
            node = (Object[]) node[(index >>> level) & MASK];
        }
        return node;
    }

    /** A copy of the path from {@code node} (null: a new node) down to {@code index}, with {@code value} there. */
    private static Object[] set(Object[] node, int level, int index, Object value) {
        Object[] copy = node == null ? new Object[WIDTH] : node.clone();
        if (level == 0) {
            copy[index & MASK] = value;
        } else {
            int child = (index >>> level) & MASK;
            copy[child] = set((Object[]) copy[child], level - BITS, index, value);
        }
        return copy;
    }
}
