package org.ras4j.sim;

/**
 * An immutable map from a handle's 64 bits to a slot number that shares structure with the maps it
 * was made from: a hash array mapped trie, so that {@link #slotOf} reads at most 13 nodes and
 * {@link #with} copies at most 13 small nodes, whatever the number of handles.
 *
 * <p>The key is mixed by a bijection of the 64 bits (MurmurHash3's finaliser), so two different
 * handles never have the same hash and the trie needs no collision nodes: two keys that agree on
 * the first 60 bits of their hash differ in the last four. The simulator maps each connection's
 * handle, and each of its sub-entries' handles, to the connection's slot in its {@link Slots}.
 */
final class HandleIndex {
    private static final int BITS = 5;
    private static final int MASK = (1 << BITS) - 1;
    /** No slot: what {@link #slotOf} returns for a handle the index does not hold. */
    static final int ABSENT = -1;
    static final HandleIndex EMPTY = new HandleIndex(new Node(0, new Object[0]), 0);

    private final Node root;
    private final int size;

    private HandleIndex(Node root, int size) {
        this.root = root;
        this.size = size;
    }

    /** One level of the trie: which of the 32 hash chunks are present, and their entries in chunk order. */
    private static final class Node {
        final int bitmap;
        /** Each a {@link Leaf} or a {@link Node}. */
        final Object[] entries;

        Node(int bitmap, Object[] entries) {
            this.bitmap = bitmap;
            this.entries = entries;
        }
    }

    /** One key and its slot. */
    private record Leaf(long key, int slot) {
    }

    /** The number of keys. */
    int size() {
        return size;
    }

    /** The slot of {@code key}, or {@link #ABSENT}. */
    int slotOf(long key) {
        long hash = mix(key);
        Node node = root;
        for (int shift = 0; ; shift += BITS) {
            int bit = 1 << (int) ((hash >>> shift) & MASK);
            if ((node.bitmap & bit) == 0) {
                return ABSENT;
            }
            Object entry = node.entries[Integer.bitCount(node.bitmap & (bit - 1))];
            if (entry instanceof Leaf leaf) {
                return leaf.key() == key ? leaf.slot() : ABSENT;
            }
            node = (Node) entry;
        }
    }

    /**
     * This index with {@code key} mapped to {@code slot}, in place of any slot it had.
     *
     * @throws IllegalArgumentException if {@code slot} is negative
     */
    HandleIndex with(long key, int slot) {
        if (slot < 0) {
            throw new IllegalArgumentException("a slot is not negative: " + slot);
        }
        boolean known = slotOf(key) != ABSENT;
        return new HandleIndex(put(root, mix(key), 0, new Leaf(key, slot)), known ? size : size + 1);
    }

    private static Node put(Node node, long hash, int shift, Leaf leaf) {
        int bit = 1 << (int) ((hash >>> shift) & MASK);
        int position = Integer.bitCount(node.bitmap & (bit - 1));
        if ((node.bitmap & bit) == 0) {
            Object[] entries = new Object[node.entries.length + 1];
            System.arraycopy(node.entries, 0, entries, 0, position);
            entries[position] = leaf;
            System.arraycopy(node.entries, position, entries, position + 1, node.entries.length - position);
            return new Node(node.bitmap | bit, entries);
        }
        Object present = node.entries[position];
        Object replacement;
        if (present instanceof Leaf other) {
            replacement = other.key() == leaf.key() ? leaf
                    : pair(other, mix(other.key()), leaf, hash, shift + BITS);
        } else {
            replacement = put((Node) present, hash, shift + BITS, leaf);
        }
        Object[] entries = node.entries.clone();
        entries[position] = replacement;
        return new Node(node.bitmap, entries);
    }

    /** The smallest subtrie, from level {@code shift} down, that holds two leaves of different hashes. */
    private static Node pair(Leaf a, long hashA, Leaf b, long hashB, int shift) {
        int chunkA = (int) ((hashA >>> shift) & MASK);
        int chunkB = (int) ((hashB >>> shift) & MASK);
        if (chunkA == chunkB) {
            return new Node(1 << chunkA, new Object[] {pair(a, hashA, b, hashB, shift + BITS)});
        }
        Object[] entries = chunkA < chunkB ? new Object[] {a, b} : new Object[] {b, a};
        return new Node((1 << chunkA) | (1 << chunkB), entries);
    }

    /** MurmurHash3's 64-bit finaliser: a bijection, so distinct keys have distinct hashes. */
    private static long mix(long key) {
        long h = key;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
