package dev.costscope.extract;

import dev.costscope.model.TextMap;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the scanner's model (records of {@code dev.costscope.model}, the annotations' enums, strings,
 * numbers, lists, sets, optionals and {@link TextMap}s) as compact binary data, and reads it back,
 * so that a build can reuse the last scan's result. Records are written component by component in
 * their declared order and rebuilt through their canonical constructors, so a model type needs no
 * code here and its invariants hold on reading too. Reading accepts only records and enums of those
 * two packages; anything else, and any malformed input, is an {@link IOException}.
 */
final class ModelCodec {

    private static final List<String> PACKAGES = List.of("dev.costscope.model.", "dev.costscope.annotations.");
    /** Deeper than any model (a type holds claims, which hold items, which hold compute ...). */
    private static final int MAX_DEPTH = 64;

    private static final int NULL = 0;
    private static final int STRING = 1;
    private static final int INT = 2;
    private static final int LONG = 3;
    private static final int BOOLEAN = 4;
    private static final int ENUM = 5;
    private static final int RECORD = 6;
    private static final int LIST = 7;
    private static final int SET = 8;
    private static final int OPTIONAL = 9;
    private static final int INTS = 10;
    private static final int DECIMAL = 11;
    private static final int TEXT_MAP = 12;

    private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

    private ModelCodec() {
    }

    /** Writes {@code value}; {@link IllegalArgumentException} for a value of a kind the model does not hold. */
    static void write(DataOutput out, Object value) throws IOException {
        if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof String s) {
            out.writeByte(STRING);
            writeString(out, s);
        } else if (value instanceof Integer i) {
            out.writeByte(INT);
            out.writeInt(i);
        } else if (value instanceof Long l) {
            out.writeByte(LONG);
            out.writeLong(l);
        } else if (value instanceof Boolean b) {
            out.writeByte(BOOLEAN);
            out.writeBoolean(b);
        } else if (value instanceof BigDecimal d) {
            out.writeByte(DECIMAL);
            writeString(out, d.toString());
        } else if (value instanceof Enum<?> e) {
            out.writeByte(ENUM);
            writeString(out, modelClass(e.getDeclaringClass()).getName());
            writeString(out, e.name());
        } else if (value instanceof TextMap map) {
            out.writeByte(TEXT_MAP);
            write(out, map.state());
        } else if (value instanceof int[] ints) {
            out.writeByte(INTS);
            out.writeInt(ints.length);
            for (int i : ints) {
                out.writeInt(i);
            }
        } else if (value instanceof Optional<?> o) {
            out.writeByte(OPTIONAL);
            out.writeBoolean(o.isPresent());
            if (o.isPresent()) {
                write(out, o.get());
            }
        } else if (value instanceof List<?> list) {
            out.writeByte(LIST);
            writeElements(out, list);
        } else if (value instanceof Set<?> set) {
            out.writeByte(SET);
            writeElements(out, set);
        } else if (value instanceof Record record) {
            Shape shape = shape(modelClass(record.getClass()));
            out.writeByte(RECORD);
            writeString(out, record.getClass().getName());
            for (RecordComponent component : shape.components()) {
                write(out, shape.get(component, record));
            }
        } else {
            throw new IllegalArgumentException("the scan cache cannot hold a " + value.getClass().getName());
        }
    }

    /**
     * Reads one value {@link #write} wrote from {@code source}; no length read from it may claim more
     * bytes than are left, so damaged input cannot make it allocate more than its own size.
     */
    static Object read(ByteArrayInputStream source) throws IOException {
        return new Reader(source).read(0);
    }

    /** Reads values from one array of bytes. */
    private static final class Reader {

        private final ByteArrayInputStream source;
        private final DataInputStream in;

        Reader(ByteArrayInputStream source) {
            this.source = source;
            this.in = new DataInputStream(source);
        }

        private Object read(int depth) throws IOException {
            if (depth > MAX_DEPTH) {
                throw new IOException("nested too deeply");
            }
            int tag = in.readUnsignedByte();
            switch (tag) {
                case NULL:
                    return null;
                case STRING:
                    return readString();
                case INT:
                    return in.readInt();
                case LONG:
                    return in.readLong();
                case BOOLEAN:
                    return in.readBoolean();
                case DECIMAL:
                    try {
                        return new BigDecimal(readString());
                    } catch (NumberFormatException e) {
                        throw new IOException("not a number", e);
                    }
                case ENUM:
                    return enumConstant(modelClass(readString()), readString());
                case TEXT_MAP:
                    if (!(read(depth + 1) instanceof TextMap.State state)) {
                        throw new IOException("not the state of a text map");
                    }
                    try {
                        return TextMap.restore(state);
                    } catch (RuntimeException e) {
                        throw new IOException(e.getMessage(), e);
                    }
                case INTS:
                    int[] ints = new int[length()];
                    for (int i = 0; i < ints.length; i++) {
                        ints[i] = in.readInt();
                    }
                    return ints;
                case OPTIONAL:
                    return in.readBoolean() ? Optional.of(nonNull(read(depth + 1))) : Optional.empty();
                case LIST:
                    return Collections.unmodifiableList(readElements(depth, new ArrayList<>()));
                case SET:
                    return Collections.unmodifiableSet(readElements(depth, new LinkedHashSet<>()));
                case RECORD:
                    return readRecord(depth);
                default:
                    throw new IOException("unknown tag " + tag);
            }
        }

        private Object readRecord(int depth) throws IOException {
            Class<?> type = modelClass(readString());
            if (!type.isRecord()) {
                throw new IOException(type.getName() + " is not a record");
            }
            Shape shape = shape(type);
            Object[] values = new Object[shape.components().length];
            for (int i = 0; i < values.length; i++) {
                values[i] = read(depth + 1);
            }
            try {
                return shape.constructor().newInstance(values);
            } catch (ReflectiveOperationException | IllegalArgumentException e) {
                Throwable cause = e instanceof InvocationTargetException t && t.getCause() != null ? t.getCause() : e;
                throw new IOException("cannot rebuild a " + type.getSimpleName() + ": " + cause, cause);
            }
        }

        private <C extends Collection<Object>> C readElements(int depth, C into)
                throws IOException {
            int size = length();
            for (int i = 0; i < size; i++) {
                into.add(read(depth + 1));
            }
            return into;
        }

        private String readString() throws IOException {
            byte[] bytes = new byte[length()];
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }

        /** A length or count, never more than the bytes left (every element takes at least one). */
        private int length() throws IOException {
            int length = in.readInt();
            if (length < 0 || length > source.available()) {
                throw new IOException("length out of range: " + length);
            }
            return length;
        }
    }

    private static void writeElements(DataOutput out, Collection<?> elements) throws IOException {
        out.writeInt(elements.size());
        for (Object element : elements) {
            write(out, element);
        }
    }

    private static void writeString(DataOutput out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static Object nonNull(Object value) throws IOException {
        if (value == null) {
            throw new IOException("an empty value where one is required");
        }
        return value;
    }

    private static Object enumConstant(Class<?> type, String name) throws IOException {
        if (!type.isEnum()) {
            throw new IOException(type.getName() + " is not an enum");
        }
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(name)) {
                return constant;
            }
        }
        throw new IOException("no " + name + " in " + type.getName());
    }

    private static Class<?> modelClass(Class<?> type) {
        if (PACKAGES.stream().noneMatch(type.getName()::startsWith)) {
            throw new IllegalArgumentException("the scan cache cannot hold a " + type.getName());
        }
        return type;
    }

    private static Class<?> modelClass(String name) throws IOException {
        if (PACKAGES.stream().noneMatch(name::startsWith)) {
            throw new IOException("not a class of the model: " + name);
        }
        try {
            return Class.forName(name, false, ModelCodec.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IOException("no class " + name, e);
        }
    }

    private static Shape shape(Class<?> type) {
        return SHAPES.computeIfAbsent(type, Shape::of);
    }

    /** A record type's components and canonical constructor, looked up once. */
    private record Shape(RecordComponent[] components, Constructor<?> constructor) {

        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
            }
            try {
                return new Shape(components, type.getDeclaredConstructor(types));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record has its canonical constructor", e);
            }
        }

        Object get(RecordComponent component, Record record) {
            try {
                return component.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("a record's accessor is public", e);
            }
        }
    }
}
