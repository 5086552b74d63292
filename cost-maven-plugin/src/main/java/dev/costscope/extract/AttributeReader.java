package dev.costscope.extract;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import dev.costscope.model.SourceLocation;
import dev.costscope.model.UnresolvedValue;
import dev.costscope.model.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the attributes of one annotation as typed {@link Value}s. A left-out attribute gets its
 * default at the annotation's location; one that cannot be evaluated becomes an unresolved value
 * and an {@link UnresolvedValue} entry.
 */
final class AttributeReader {

    private static final int MAX_SHOWN = 200;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final AnnotationExpr annotation;
    private final String annotationName;
    private final Map<String, Expression> attributes = new LinkedHashMap<>();
    private final ConstantEvaluator evaluator;
    private final Locator locator;
    private final List<UnresolvedValue> unresolved;

    AttributeReader(AnnotationExpr annotation, String annotationName, ConstantEvaluator evaluator, Locator locator,
                    List<UnresolvedValue> unresolved) {
        this.annotation = annotation;
        this.annotationName = annotationName;
        this.evaluator = evaluator;
        this.locator = locator;
        this.unresolved = unresolved;
        if (annotation instanceof NormalAnnotationExpr normal) {
            for (MemberValuePair pair : normal.getPairs()) {
                attributes.put(pair.getNameAsString(), pair.getValue());
            }
        } else if (annotation instanceof SingleMemberAnnotationExpr single) {
            attributes.put("value", single.getMemberValue());
        }
    }

    /** The expression written for {@code name} in {@code annotation}, or null when left out. */
    static Expression expression(AnnotationExpr annotation, String name) {
        if (annotation instanceof NormalAnnotationExpr normal) {
            return normal.getPairs().stream().filter(p -> p.getNameAsString().equals(name))
                    .map(MemberValuePair::getValue).findFirst().orElse(null);
        }
        if (annotation instanceof SingleMemberAnnotationExpr single && name.equals("value")) {
            return single.getMemberValue();
        }
        return null;
    }

    /** Where the annotation itself stands. */
    SourceLocation location() {
        return locator.at(annotation);
    }

    /** A String attribute; default {@code ""}. */
    Value<String> string(String name) {
        return string(name, "");
    }

    /** A String attribute with the annotation's default {@code defaultValue}. */
    Value<String> string(String name, String defaultValue) {
        Expression expr = attributes.get(name);
        if (expr == null) {
            return Value.of(defaultValue, location());
        }
        try {
            Object value = evaluator.evaluate(expr);
            if (value instanceof String s) {
                return Value.of(s, locator.at(expr));
            }
            return unresolved(name, expr, "it is " + value + ", not a string");
        } catch (Unresolvable e) {
            return unresolved(name, expr, e.getMessage());
        }
    }

    /** An int attribute; default 0. */
    Value<Integer> integer(String name) {
        Expression expr = attributes.get(name);
        if (expr == null) {
            return Value.of(0, location());
        }
        try {
            Object value = evaluator.evaluate(expr);
            if (value instanceof Integer i) {
                return Value.of(i, locator.at(expr));
            }
            if (value instanceof Character c) {
                return Value.of((int) c.charValue(), locator.at(expr));
            }
            return unresolved(name, expr, "it is " + value + ", not an int");
        } catch (Unresolvable e) {
            return unresolved(name, expr, e.getMessage());
        }
    }

    /**
     * An enum attribute written as {@code Type.CONSTANT}, a qualified name, or a statically imported
     * constant; {@code defaultValue} null means the attribute is required.
     */
    <E extends Enum<E>> Value<E> enumeration(String name, Class<E> type, E defaultValue) {
        Expression expr = attributes.get(name);
        if (expr == null && defaultValue == null) {
            return unresolved(name, annotation, "the required attribute " + name + " is missing");
        }
        if (expr == null) {
            return Value.of(defaultValue, location());
        }
        String constant;
        if (expr instanceof NameExpr n) {
            constant = n.getNameAsString();
        } else if (expr instanceof FieldAccessExpr f && names(type).contains(f.getScope().toString())) {
            constant = f.getNameAsString();
        } else {
            return unresolved(name, expr, "expected a constant of " + type.getSimpleName());
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(constant)) {
                return Value.of(e, locator.at(expr));
            }
        }
        return unresolved(name, expr, type.getSimpleName() + " has no constant " + constant);
    }

    /** The ways an enum type of the API may be written: simple or qualified. */
    private static List<String> names(Class<?> type) {
        return List.of(type.getSimpleName(), type.getName());
    }

    /** An annotation-array attribute whose elements are {@code @<simpleName>}; others are unresolved. */
    List<AnnotationExpr> annotations(String name, String simpleName, CostscopeNames names) {
        Expression expr = attributes.get(name);
        if (expr == null) {
            return List.of();
        }
        List<Expression> elements = expr instanceof ArrayInitializerExpr array ? array.getValues() : List.of(expr);
        List<AnnotationExpr> found = new ArrayList<>();
        for (Expression element : elements) {
            if (element instanceof AnnotationExpr a && names.is(a, simpleName)) {
                found.add(a);
            } else {
                unresolved(name, element, "expected @" + simpleName);
            }
        }
        return found;
    }

    private <T> Value<T> unresolved(String name, Node expr, String reason) {
        SourceLocation at = locator.at(expr);
        unresolved.add(new UnresolvedValue(annotationName + "." + name, written(expr), reason, at));
        return Value.unresolved(at);
    }

    /** The expression as written, on one line, cut to {@value #MAX_SHOWN} characters. */
    private static String written(Node expr) {
        String text = WHITESPACE.matcher(expr.toString()).replaceAll(" ");
        return text.length() > MAX_SHOWN ? text.substring(0, MAX_SHOWN) + "..." : text;
    }

    /** Maps a node to the place it was written. */
    interface Locator {
        SourceLocation at(Node node);
    }
}
