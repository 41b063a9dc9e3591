package io.statementwarehouse.nlp;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An Aho-Corasick automaton over a fixed list of keywords, built for the hot loop of the job: every
 * sentence of every release goes through several of them (entity dictionary, cue triggers, topics,
 * regex anchors). It reports every occurrence of every keyword in one pass over the text, without
 * allocating: hits go to a callback as (start, end, keyword index). A small automaton (up to a million
 * cells: cue triggers, topics, anchors) is a full transition table, one array read per character, with
 * case folding in its columns; a large one (the entity dictionary) keeps its trie for whole-word walks
 * ({@link #scanWords}: rows only for the states that branch) and its edges in an open-addressing table
 * for {@link #scan}.
 * States are numbered breadth first, so the shallow states where most walks end stay cached.
 *
 * <p>Why not a library: the one used before boxed every character into a {@code HashMap<Character, State>}
 * per state and allocated an {@code Emit} per hit; a JFR profile of the job had a quarter of its samples
 * in those maps. A scan copies the text into a per-thread buffer: a {@link HitConsumer} must not scan
 * with another automaton from inside its callback.
 */
public final class KeywordAutomaton {

    /** Receives the occurrences of keywords: {@code text[start, end)} is keyword {@code keyword}. */
    @FunctionalInterface
    public interface HitConsumer {
        void hit(int start, int end, int keyword);
    }

    private final boolean ignoreCase;
    /** The root's transitions, indexed by character up to the largest first character of a keyword. */
    private final int[] rootNext;
    private final long[] edgeKeys;
    private final int[] edgeTargets;
    private final int edgeMask;
    /** For each state: the keyword that ends there, or -1. */
    private final int[] keywordAt;
    /** For each state: the nearest state down its failure chain (itself excluded) where a keyword ends, or 0. */
    private final int[] outputLink;
    private final int[] fail;
    /**
     * The whole transition function, failures resolved, when it is small enough (a few thousand states; else null): then a
     * step is one array read. A cell is the next state, its high bit set where a keyword ends ({@link #compactTable});
     * {@code classOf} maps a character to its column; column 0 is every character no keyword contains.
     */
    private final char[] compact;
    /**
     * The trie for the whole-word walks, when it is not too large (else null): for each state, either the
     * offset of its row in {@link #branchTable} (a state with many children), or its few children in
     * {@link #sparseColumns} ({@link #SPARSE}), or, bit-inverted, its one child and that child's column as
     * {@code child << 16 | column} (a leaf has column {@link #NO_COLUMN}). Most states of a dictionary trie are
     * inside one name ("Kishid|a"): they get no row, so what is left stays in the CPU's caches, where the full
     * table of the entity dictionary (40,000 rows of 244 bytes) had nearly every step of a walk miss them.
     */
    private long[] trieNode;
    /** The rows of the states with many children, {@code row + column} giving the child (0: none). */
    private int[] branchTable;
    /**
     * The children of the states with a few (up to {@link #MAX_SPARSE}): their columns and, at the same index,
     * the children, a state's {@code count} of them from its {@code offset}, found by a linear search. Rows of 122
     * columns for every branching state of the entity dictionary took a megabyte, where a walk missed the CPU's
     * caches at nearly every step; most of those states have two or three children.
     */
    private char[] sparseColumns;
    private int[] sparseChildren;
    /** Marks a {@link #trieNode} entry as {@code SPARSE | count << 32 | offset}. */
    private static final long SPARSE = 1L << 62;
    private static final int MAX_SPARSE = 8;
    private static final int NO_COLUMN = 0xFFFF;
    private char[] classOf;
    private int columns;
    private final int[] lengths;

    /**
     * @param keywords   the keywords; the index of a keyword in this list is what hits report
     * @param ignoreCase fold text and keywords with {@link Character#toLowerCase(char)}
     */
    public KeywordAutomaton(List<String> keywords, boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
        // The trie, built with maps, then frozen into arrays.
        List<Map<Character, Integer>> children = new java.util.ArrayList<>();
        children.add(new HashMap<>());
        int[] kw = new int[16];
        Arrays.fill(kw, -1);
        this.lengths = new int[keywords.size()];
        for (int k = 0; k < keywords.size(); k++) {
            String word = keywords.get(k);
            lengths[k] = word.length();
            if (word.isEmpty()) {
                throw new IllegalArgumentException("empty keyword");
            }
            int state = 0;
            for (int i = 0; i < word.length(); i++) {
                char c = fold(word.charAt(i));
                Integer next = children.get(state).get(c);
                if (next == null) {
                    next = children.size();
                    children.add(new HashMap<>());
                    children.get(state).put(c, next);
                }
                state = next;
            }
            if (state >= kw.length) {
                int old = kw.length;
                kw = Arrays.copyOf(kw, Math.max(state + 1, old * 2));
                Arrays.fill(kw, old, kw.length, -1);
            }
            if (kw[state] < 0) {
                kw[state] = k; // a repeated keyword reports its first index
            }
        }
        // States renumbered breadth first: the shallow states, where nearly every walk ends, share the first
        // rows of the tables and stay in the CPU's caches (the entity dictionary's table is 10 MB).
        int[] newId = new int[children.size()];
        int[] order = new int[children.size()];
        int count = 1;
        for (int head = 0; head < count; head++) {
            int s = order[head];
            for (int child : new java.util.TreeMap<>(children.get(s)).values()) {
                newId[child] = count;
                order[count++] = child;
            }
        }
        List<Map<Character, Integer>> renumbered = new java.util.ArrayList<>(children.size());
        int[] kwRenumbered = new int[children.size()];
        for (int n = 0; n < order.length; n++) {
            Map<Character, Integer> edges = new HashMap<>();
            children.get(order[n]).forEach((c, child) -> edges.put(c, newId[child]));
            renumbered.add(edges);
            kwRenumbered[n] = order[n] < kw.length ? kw[order[n]] : -1;
        }
        children = renumbered;
        kw = kwRenumbered;
        int rootSize = 1;
        for (char c : children.get(0).keySet()) {
            rootSize = Math.max(rootSize, c + 1);
        }
        this.rootNext = new int[rootSize];
        int states = children.size();
        this.keywordAt = Arrays.copyOf(kw, states);
        for (int s = kw.length; s < states; s++) {
            keywordAt[s] = -1;
        }
        int edges = states - 1;
        int capacity = Integer.highestOneBit(Math.max(4, edges * 2 - 1)) << 1;
        this.edgeKeys = new long[capacity];
        Arrays.fill(edgeKeys, -1L);
        this.edgeTargets = new int[capacity];
        this.edgeMask = capacity - 1;
        for (int s = 0; s < states; s++) {
            for (Map.Entry<Character, Integer> e : children.get(s).entrySet()) {
                if (s == 0) {
                    rootNext[e.getKey()] = e.getValue();
                } else {
                    putEdge(s, e.getKey(), e.getValue());
                }
            }
        }
        // Failure and output links, breadth first.
        int[] fail = new int[states];
        this.outputLink = new int[states];
        ArrayDeque<Integer> queue = new ArrayDeque<>(children.get(0).values());
        while (!queue.isEmpty()) {
            int s = queue.poll();
            for (Map.Entry<Character, Integer> e : children.get(s).entrySet()) {
                char c = e.getKey();
                int t = e.getValue();
                int f = fail[s];
                while (f != 0 && edge(f, c) < 0) {
                    f = fail[f];
                }
                int target = f == 0 ? root(c) : edge(f, c);
                fail[t] = target == t ? 0 : target;
                outputLink[t] = keywordAt[fail[t]] >= 0 ? fail[t] : outputLink[fail[t]];
                queue.add(t);
            }
        }
        this.fail = fail;
        int[] table = buildTable(children);
        this.compact = table == null || states >= 0x8000 ? null : compactTable(table);
        this.latin1WalkStarts = walkStartTable();
    }

    private static final int MAX_TABLE_CELLS = 1 << 20;
    /** The rows of the states with many children (a few hundred in the entity dictionary's trie) fit easily. */
    private static final int MAX_GOTO_CELLS = 1 << 23;

    private int[] buildTable(List<Map<Character, Integer>> children) {
        java.util.TreeSet<Character> alphabet = new java.util.TreeSet<>();
        children.forEach(c -> alphabet.addAll(c.keySet()));
        int states = children.size();
        int cols = alphabet.size() + 1;
        // Columns: one per character of the keywords; with ignoreCase, every character whose lower case is one of
        // them shares its column, so a scan needs no case folding at all.
        int size = alphabet.isEmpty() ? 1 : alphabet.last() + 1;
        if (ignoreCase) {
            for (int x = 0; x <= Character.MAX_VALUE; x++) {
                if (alphabet.contains(Character.toLowerCase((char) x))) {
                    size = Math.max(size, x + 1);
                }
            }
        }
        char[] classes = new char[size];
        int col = 1;
        for (char c : alphabet) {
            classes[c] = (char) col++;
        }
        if (ignoreCase) {
            for (int x = 0; x < size; x++) {
                char lower = Character.toLowerCase((char) x);
                if (alphabet.contains(lower)) {
                    classes[x] = classes[lower];
                }
            }
        }
        this.classOf = classes;
        this.columns = cols;
        int dense = 0;
        int sparse = 0;
        for (Map<Character, Integer> c : children) {
            dense += c.size() > MAX_SPARSE ? 1 : 0;
            sparse += c.size() > 1 && c.size() <= MAX_SPARSE ? c.size() : 0;
        }
        if ((long) dense * cols <= MAX_GOTO_CELLS) {
            // The trie alone (no failure links), for the whole-word walks.
            long[] node = new long[states];
            int[] rows = new int[Math.max(1, dense * cols)];
            char[] sparseCols = new char[sparse];
            int[] sparseKids = new int[sparse];
            int nextRow = 0;
            int nextSparse = 0;
            for (int s = 0; s < states; s++) {
                Map<Character, Integer> edges = children.get(s);
                if (edges.size() > MAX_SPARSE) {
                    node[s] = nextRow;
                    for (Map.Entry<Character, Integer> e : edges.entrySet()) {
                        rows[nextRow + classes[e.getKey()]] = e.getValue();
                    }
                    nextRow += cols;
                } else if (edges.size() > 1) {
                    node[s] = SPARSE | (long) edges.size() << 32 | nextSparse;
                    for (Map.Entry<Character, Integer> e : edges.entrySet()) {
                        sparseCols[nextSparse] = classes[e.getKey()];
                        sparseKids[nextSparse++] = e.getValue();
                    }
                } else if (edges.size() == 1) {
                    Map.Entry<Character, Integer> e = edges.entrySet().iterator().next();
                    node[s] = ~(((long) e.getValue() << 16) | classes[e.getKey()]);
                } else {
                    node[s] = ~(long) NO_COLUMN;
                }
            }
            this.trieNode = node;
            this.branchTable = rows;
            this.sparseColumns = sparseCols;
            this.sparseChildren = sparseKids;
        }
        if ((long) states * cols > MAX_TABLE_CELLS) {
            return null;
        }
        int[] table = new int[states * cols];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(0);
        while (!queue.isEmpty()) {
            int s = queue.poll();
            for (char c : alphabet) {
                Integer child = children.get(s).get(c);
                int target;
                if (child != null) {
                    target = child;
                    queue.add(child);
                } else {
                    target = s == 0 ? 0 : table[fail[s] * cols + classes[c]];
                }
                table[s * cols + classes[c]] = target;
            }
        }
        // Entries hold the row offset of the next state, bit-inverted (negative) when a keyword ends there.
        for (int i = 0; i < table.length; i++) {
            int t = table[i];
            boolean emits = keywordAt[t] >= 0 || outputLink[t] != 0;
            table[i] = emits ? ~(t * cols) : t * cols;
        }
        return table;
    }

    /**
     * The transition table with states in place of row offsets, high bit set where a keyword ends: 16 bits a cell, not 32. The cue
     * triggers' table (2,016 states of 36 columns) went from 290 to 145 kB, so more of it stays in the CPU's caches, for a
     * multiplication back to a row at each step (one-JVM harness: within its noise of 2 to 3%, the output the same).
     */
    private char[] compactTable(int[] table) {
        char[] out = new char[table.length];
        for (int i = 0; i < table.length; i++) {
            int t = table[i];
            out[i] = t >= 0 ? (char) (t / columns) : (char) (0x8000 | (~t / columns));
        }
        return out;
    }

    /** Reports every occurrence of every keyword in {@code text}, in order of their end. */
    public void scan(CharSequence text, HitConsumer consumer) {
        int[] hits = hits(text);
        for (int h = 1; h < hits[0] * 2; h += 2) {
            consumer.hit(hits[h], hits[h] + lengths[hits[h + 1]], hits[h + 1]);
        }
    }

    /**
     * Where keywords start in {@code text}, in order of their end, a position once per keyword found there;
     * {@code out[0]} is the count. The regex anchors ask this for every sentence: no callback per hit,
     * whose megamorphic call showed in the profile.
     */
    public int[] starts(CharSequence text) {
        int[] hits = hits(text);
        int count = hits[0];
        int[] out = new int[count + 1];
        out[0] = count;
        for (int h = 0; h < count; h++) {
            out[h + 1] = hits[2 * h + 1];
        }
        return out;
    }

    /** The start of the leftmost occurrence of any keyword in {@code text}, or -1 when there is none. */
    public int firstStart(CharSequence text) {
        int[] hits = hits(text);
        int best = -1;
        for (int h = 1; h < hits[0] * 2; h += 2) {
            if (best < 0 || hits[h] < best) {
                best = hits[h];
            }
        }
        return best;
    }

    /**
     * The one pass every search shares: the occurrences as pairs (start, keyword) after a count in
     * {@code [0]}, in order of their end. A step is one read of the transition table when there is one (its 16-bit
     * form when the states fit), else it follows failure links.
     */
    int[] hits(CharSequence text) {
        int n = text.length();
        char[] chars = chars(text);
        int[] out = new int[9];
        int state = 0;
        if (compact != null) {
            char[] table = compact;
            char[] classes = classOf;
            int cols = columns;
            for (int i = 0; i < n; i++) {
                char c = chars[i];
                int entry = table[state * cols + (c < classes.length ? classes[c] : 0)];
                if (entry < 0x8000) {
                    state = entry;
                } else {
                    state = entry & 0x7FFF;
                    out = emit(out, state, i);
                }
            }
            return out;
        }
        for (int i = 0; i < n; i++) {
            state = step(state, fold(chars[i]));
            if (state != 0) {
                out = emit(out, state, i);
            }
        }
        return out;
    }

    /** Adds to {@code out} (its count in {@code [0]}) the keywords that end at {@code i} in {@code state}; the array, grown if need be. */
    private int[] emit(int[] out, int state, int i) {
        int count = out[0];
        for (int s = keywordAt[state] >= 0 ? state : outputLink[state]; s != 0; s = outputLink[s]) {
            if (2 * count + 2 >= out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            int k = keywordAt[s];
            out[2 * count + 1] = i + 1 - lengths[k];
            out[2 * count + 2] = k;
            count++;
        }
        out[0] = count;
        return out;
    }

    /**
     * Reports the keywords that occur as whole words: starting where a word starts and ending where it
     * ends (no letter or digit on either side). Walks the trie from each word start only, which for a
     * large case-sensitive dictionary is far cheaper than following failure links at every character.
     */
    public void scanWords(CharSequence text, HitConsumer consumer) {
        int n = text.length();
        char[] chars = chars(text);
        byte[] walkStarts = latin1WalkStarts;
        int previous = 0; // 1 after a letter or digit
        // The positions where a walk may start (a word's first character, with an edge from the root) are
        // collected 64 at a time as bits, without a branch per character: a branch on "is this a word start"
        // follows the text's word boundaries, which no predictor learns, and its misses cost more than the walks.
        for (int base = 0; base < n; base += 64) {
            int blockEnd = Math.min(n, base + 64);
            long starts = 0;
            for (int i = base; i < blockEnd; i++) {
                char c = chars[i];
                int flags = c < 256 ? walkStarts[c] : otherWalkStart(c);
                starts |= (long) ((flags >> 1) & ~previous & 1) << (i - base);
                previous = flags & WORD;
            }
            for (; starts != 0; starts &= starts - 1) {
                int start = base + Long.numberOfTrailingZeros(starts);
                walk(chars, n, start, consumer);
            }
        }
    }

    /** Bits of {@link #latin1WalkStarts}: a letter or digit; a character some keyword starts with. */
    private static final int WORD = 1;
    private static final int ROOT_EDGE = 2;

    /** For each Latin-1 character: its {@link #WORD} and {@link #ROOT_EDGE} bits. */
    private byte[] latin1WalkStarts;

    private byte[] walkStartTable() {
        byte[] table = new byte[256];
        for (char c = 0; c < 256; c++) {
            table[c] = (byte) otherWalkStart(c);
        }
        return table;
    }

    private int otherWalkStart(char c) {
        return (isWordChar(c) ? WORD : 0) | (root(fold(c)) != 0 ? ROOT_EDGE : 0);
    }

    /** Walks the trie from a word start, reporting each keyword that ends where the word ends. */
    private void walk(char[] chars, int n, int start, HitConsumer consumer) {
        long[] node = trieNode;
        int[] rows = branchTable;
        char[] classes = classOf;
        int state = root(fold(chars[start]));
        for (int i = start; state != 0; ) {
            int k = keywordAt[state];
            i++;
            if (k >= 0 && (i == n || !isWordChar(chars[i]))) {
                consumer.hit(start, i, k);
            }
            if (i == n) {
                break;
            }
            char c = chars[i];
            if (node != null) {
                int column = c < classes.length ? classes[c] : 0;
                long at = node[state];
                if (at >= SPARSE) {
                    int from = (int) at;
                    int to = from + (int) (at >>> 32 & 0xFF);
                    state = 0;
                    for (int j = from; j < to; j++) {
                        if (sparseColumns[j] == column) {
                            state = sparseChildren[j];
                            break;
                        }
                    }
                } else if (at >= 0) {
                    state = rows[(int) at + column];
                } else {
                    at = ~at;
                    state = (int) (at & NO_COLUMN) == column ? (int) (at >>> 16) : 0;
                }
            } else {
                state = edge(state, fold(c));
                if (state < 0) {
                    break;
                }
            }
        }
    }

    private static final boolean[] ASCII_WORD_CHAR = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD_CHAR[c] = Character.isLetterOrDigit(c);
        }
    }

    /** A letter or digit: what a whole-word match may not have on either side. */
    static boolean isWordChar(char c) {
        return c < 128 ? ASCII_WORD_CHAR[c] : Character.isLetterOrDigit(c);
    }

    /** A per-thread buffer: scanning an array lets the JIT drop the bounds check of every {@code charAt}. */
    /** Texts up to this length are copied into an array of their own, not the thread's buffer. */

    private static char[] chars(CharSequence text) {
        // A copy of its own for every search, however long the text: a copy costs a few nanoseconds per hundred characters,
        // where a thread's reusable buffer cost a ThreadLocal look-up per search, which JFR profiles caught at a seventh
        // of the analysis, twice (the thread's table of locals probing past others' entries).
        if (text instanceof String s) {
            return s.toCharArray();
        }
        int n = text.length();
        char[] chars = new char[n];
        for (int i = 0; i < n; i++) {
            chars[i] = text.charAt(i);
        }
        return chars;
    }

    private int step(int state, char c) {
        while (state != 0) {
            int next = edge(state, c);
            if (next >= 0) {
                return next;
            }
            state = fail[state];
        }
        return root(c);
    }

    private int root(char c) {
        return c < rootNext.length ? rootNext[c] : 0;
    }

    private char fold(char c) {
        if (!ignoreCase) {
            return c;
        }
        return c < LOWER.length ? LOWER[c] : Character.toLowerCase(c);
    }

    /** Lower case of the Latin-1 characters, looked up: {@link Character#toLowerCase(char)} showed in the profile. */
    private static final char[] LOWER = new char[256];

    static {
        for (char c = 0; c < LOWER.length; c++) {
            LOWER[c] = Character.toLowerCase(c);
        }
    }

    private void putEdge(int state, char c, int target) {
        long key = ((long) state << 16) | c;
        int slot = slot(key);
        while (edgeKeys[slot] != -1L) {
            slot = (slot + 1) & edgeMask;
        }
        edgeKeys[slot] = key;
        edgeTargets[slot] = target;
    }

    private int edge(int state, char c) {
        long key = ((long) state << 16) | c;
        for (int slot = slot(key); ; slot = (slot + 1) & edgeMask) {
            long k = edgeKeys[slot];
            if (k == key) {
                return edgeTargets[slot];
            }
            if (k == -1L) {
                return -1;
            }
        }
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & edgeMask;
    }
}
