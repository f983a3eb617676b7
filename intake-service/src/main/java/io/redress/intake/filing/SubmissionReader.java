package io.redress.intake.filing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.redress.core.problem.Problem;
import io.redress.core.problem.StrictJson;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * Reads a complaint submission (a {@code POST /complaints} body, a {@code complaint-submissions} record) and names
 * every bad field at once: unknown fields, wrong types, malformed instants, unknown enum values (with the allowed
 * ones), unsafe text ({@link StrictJson#unsafe}) and the constraints declared on {@link FileComplaintRequest}; then
 * the rules between fields ({@link FilingRules}), as of the moment the caller passes in. Touches nothing.
 */
@Singleton
public final class SubmissionReader {

    /** A bad field: where it is (an RFC 6901 JSON pointer, empty for the whole document) and why. */
    public record Violation(String pointer, String reason) {

        /** The field's name, for problem+json's {@code field}: the pointer without its slash. */
        public String field() {
            return pointer.isEmpty() ? "body" : pointer.substring(1).replace("~1", "/").replace("~0", "~");
        }
    }

    /** What a submission read as. */
    public sealed interface Read {

        record Valid(FileComplaintRequest request) implements Read {
        }

        record Invalid(List<Violation> violations) implements Read {

            public Invalid {
                violations = List.copyOf(violations);
            }

            /** The reasons, one line, for a log or a header. */
            public String summary() {
                return String.join("; ", violations.stream().map(v -> v.field() + ": " + v.reason()).toList());
            }

            /** Whether the document as a whole is refused (not JSON, not an object) rather than some of its fields. */
            public boolean wholeDocument() {
                return violations.size() == 1 && violations.getFirst().pointer().isEmpty();
            }

            /** The 400 answer naming every bad field. */
            public Problem problem() {
                return Problem.of(400, wholeDocument() ? "Malformed JSON" : "Invalid complaint", summary())
                        .withErrors(violations.stream()
                                .map(v -> new Problem.FieldError(v.field(), v.reason(), v.pointer())).toList());
            }
        }
    }

    private static final RecordComponent[] FIELDS = FileComplaintRequest.class.getRecordComponents();
    private static final List<String> NAMES = Arrays.stream(FIELDS).map(RecordComponent::getName).toList();
    private static final Constructor<FileComplaintRequest> CONSTRUCTOR = constructor();

    private final ObjectReader reader;
    private final Validator validator;
    private final FilingRules rules;

    public SubmissionReader(ObjectMapper mapper, Validator validator, FilingRules rules) {
        this.reader = mapper.reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
        this.validator = validator;
        this.rules = rules;
    }

    public Read read(byte[] json, Instant now) {
        JsonNode tree;
        try {
            tree = reader.readTree(json);
        } catch (JsonProcessingException e) {
            return invalid("", "is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            return invalid("", "cannot be read: " + e.getMessage());
        }
        if (tree == null || tree.isMissingNode()) {
            return invalid("", "is empty: a complaint is a JSON object");
        }
        if (!tree.isObject()) {
            return invalid("", "must be a JSON object, not " + tree.getNodeType().name().toLowerCase());
        }
        return read(tree, now);
    }

    private Read read(JsonNode object, Instant now) {
        List<Violation> violations = new ArrayList<>();
        // The fields already named: each is named once, by the first thing found wrong with it.
        Set<String> named = new LinkedHashSet<>();
        Object[] values = new Object[FIELDS.length];
        for (int i = 0; i < FIELDS.length; i++) {
            RecordComponent field = FIELDS[i];
            JsonNode node = object.get(field.getName());
            if (node == null || node.isNull()) {
                continue;
            }
            try {
                values[i] = convert(node, field.getType());
            } catch (IllegalArgumentException e) {
                violations.add(new Violation(pointer(field.getName()), e.getMessage()));
                named.add(field.getName());
            }
        }
        Iterator<String> names = object.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!NAMES.contains(name)) {
                violations.add(new Violation(pointer(name), "is not a field of a complaint; the fields are " + NAMES));
            }
        }
        FileComplaintRequest request = construct(values);
        for (ConstraintViolation<FileComplaintRequest> violation : validator.validate(request)) {
            String name = last(violation.getPropertyPath());
            if (named.add(name)) {
                JsonNode sent = object.get(name);
                boolean absent = sent == null || sent.isNull();
                violations.add(new Violation(pointer(name), absent ? "is required" : violation.getMessage()));
            }
        }
        // The rules between fields see only values that were read.
        rules.check(request, now).stream().filter(broken -> named.add(broken.field())).forEach(violations::add);
        if (violations.isEmpty()) {
            return new Read.Valid(request);
        }
        violations.sort(Comparator.comparingInt(v -> position(v.field())));
        return new Read.Invalid(violations);
    }

    private static Object convert(JsonNode node, Class<?> type) {
        if (type == String.class) {
            if (!node.isTextual()) {
                throw new IllegalArgumentException("must be text, not " + kind(node));
            }
            Optional<String> unsafe = StrictJson.unsafe(node.textValue());
            if (unsafe.isPresent()) {
                throw new IllegalArgumentException(unsafe.get());
            }
            return node.textValue();
        }
        if (type == Instant.class) {
            if (!node.isTextual()) {
                throw new IllegalArgumentException("must be an ISO-8601 instant as text, not " + kind(node));
            }
            try {
                return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(node.textValue(), Instant::from);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(("must be an ISO-8601 instant with an offset, such as "
                        + "2026-11-23T09:00:00Z; '%s' is not").formatted(node.textValue()));
            }
        }
        if (type == BigDecimal.class) {
            if (!node.isNumber()) {
                throw new IllegalArgumentException("must be a number, not " + kind(node));
            }
            return node.decimalValue();
        }
        if (type.isEnum()) {
            Object[] allowed = type.getEnumConstants();
            if (node.isTextual()) {
                for (Object constant : allowed) {
                    if (((Enum<?>) constant).name().equals(node.textValue())) {
                        return constant;
                    }
                }
            }
            throw new IllegalArgumentException("must be one of " + Arrays.toString(allowed));
        }
        throw new IllegalStateException("no reader for a field of type " + type);
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "text";
            default -> node.getNodeType().name().toLowerCase();
        };
    }

    private static Read invalid(String pointer, String reason) {
        return new Read.Invalid(List.of(new Violation(pointer, reason)));
    }

    /** The RFC 6901 pointer of a top-level field. */
    static String pointer(String name) {
        return "/" + name.replace("~", "~0").replace("/", "~1");
    }

    private static int position(String field) {
        int index = NAMES.indexOf(field);
        return index < 0 ? NAMES.size() : index;
    }

    private static String last(Path path) {
        return StreamSupport.stream(path.spliterator(), false).reduce((first, second) -> second)
                .map(Path.Node::getName).orElse("");
    }

    private static FileComplaintRequest construct(Object[] values) {
        try {
            return CONSTRUCTOR.newInstance(values);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot make a filing request", e);
        }
    }

    private static Constructor<FileComplaintRequest> constructor() {
        try {
            return FileComplaintRequest.class.getDeclaredConstructor(
                    Arrays.stream(FIELDS).map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("a record has its canonical constructor", e);
        }
    }
}
