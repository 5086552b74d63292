package dev.costscope.extract;

import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;

/**
 * The value of one literal as the compiler would see it. A literal the compiler rejects (an int
 * literal past {@code Integer.MAX_VALUE}, a long past {@code Long.MAX_VALUE}) is unresolved, with
 * the reason, instead of an exception of the parser's.
 */
final class Literals {

    private Literals() {
    }

    /** A String, Integer, Long, Double, Character or Boolean. */
    static Object value(LiteralExpr literal) throws Unresolvable {
        try {
            return convert(literal);
        } catch (IllegalArgumentException e) {
            throw new Unresolvable("the literal " + shortened(literal.toString()) + " " + tooLarge(literal));
        }
    }

    private static Object convert(LiteralExpr literal) throws Unresolvable {
        if (literal instanceof StringLiteralExpr s) {
            return s.asString();
        }
        if (literal instanceof TextBlockLiteralExpr t) {
            return t.asString();
        }
        if (literal instanceof CharLiteralExpr c) {
            return c.asChar();
        }
        if (literal instanceof IntegerLiteralExpr i) {
            Number n = i.asNumber();
            return n.intValue() == n.longValue() ? (Object) n.intValue() : n;
        }
        if (literal instanceof LongLiteralExpr l) {
            return l.asNumber().longValue();
        }
        if (literal instanceof DoubleLiteralExpr d) {
            return d.asDouble();
        }
        if (literal instanceof BooleanLiteralExpr b) {
            return b.getValue();
        }
        throw new Unresolvable("the literal " + shortened(literal.toString()) + " is not a constant value");
    }

    private static String tooLarge(LiteralExpr literal) {
        if (literal instanceof IntegerLiteralExpr) {
            return "does not fit in an int (at most 2147483647); the compiler rejects it";
        }
        if (literal instanceof LongLiteralExpr) {
            return "does not fit in a long (at most 9223372036854775807L); the compiler rejects it";
        }
        return "is not a valid Java literal";
    }

    private static String shortened(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
