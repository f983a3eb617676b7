package io.redress.events;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The contract files of each event type (golden sample, JSON Schema) and JSON helpers to read and vary them. */
final class Contract {

    static final EventCodec CODEC = new EventCodec();
    /** Reads numbers as written ({@code 65.00} stays {@code 65.00}), so a change of scale on the wire shows. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    private static final String WIRE_PREFIX = "io.redress.complaint.";

    /*
     * Read from the sources rather than the classpath: target/ keeps a deleted file until the next clean, which would
     * hide a missing golden sample or schema.
     */
    static final Path MODULE = moduleDirectory();
    static final Path GOLDEN = MODULE.resolve("src/test/resources/golden");
    static final Path SCHEMAS = MODULE.resolve("src/main/resources/schemas");
    static final Path RECEIVED = MODULE.resolve("target/golden-received");

    private Contract() {
    }

    /** The file name stem of a type: its wire name without the prefix, e.g. {@code ComplaintFiled.v1}. */
    static String stem(EventType type) {
        return type.wireName().substring(WIRE_PREFIX.length());
    }

    static ObjectNode golden(EventType type) {
        return read(GOLDEN.resolve(stem(type) + ".json"));
    }

    static ObjectNode schema(EventType type) {
        return read(SCHEMAS.resolve(stem(type) + ".schema.json"));
    }

    /** The names of the files in a directory. */
    static Set<String> filesIn(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    static JsonNode tree(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(JsonNode json) {
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Two-space indent, {@code "name": value}, one array element per line: the layout of the golden files. */
    static String pretty(JsonNode json) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter);
        printer.indentArraysWith(indenter);
        try {
            return JSON.writer(printer).writeValueAsString(json) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decodes {@code json} as an event of {@code type}, failing if the codec does not know the type. */
    static ComplaintEvent decode(EventType type, JsonNode json) {
        return CODEC.decode(type.wireName(), bytes(json)).orElseThrow();
    }

    /** A copy of {@code json} without the field at a dotted path such as {@code remedy.type}. */
    static ObjectNode without(ObjectNode json, String path) {
        ObjectNode copy = json.deepCopy();
        parentOf(copy, path).remove(lastName(path));
        return copy;
    }

    /** A copy of {@code json} with the field at a dotted path set to {@code value}. */
    static ObjectNode with(ObjectNode json, String path, JsonNode value) {
        ObjectNode copy = json.deepCopy();
        parentOf(copy, path).set(lastName(path), value);
        return copy;
    }

    static boolean has(JsonNode json, String path) {
        return !json.at("/" + path.replace('.', '/')).isMissingNode();
    }

    private static ObjectNode read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("missing contract file " + MODULE.relativize(file));
        }
        try {
            return (ObjectNode) JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The complaint-events module directory, found from where the test classes were compiled to. */
    private static Path moduleDirectory() {
        try {
            Path testClasses = Path.of(Contract.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return testClasses.getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode parentOf(ObjectNode json, String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? json : (ObjectNode) json.at("/" + path.substring(0, dot).replace('.', '/'));
    }

    private static String lastName(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
