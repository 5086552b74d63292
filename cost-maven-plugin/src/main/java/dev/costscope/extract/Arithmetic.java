package dev.costscope.extract;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.UnaryExpr;

/**
 * Java's rules for constant operators on the values {@link ConstantEvaluator} produces. A
 * concatenation longer than {@link #MAX_STRING} characters is unresolved, as it is for the compiler.
 */
final class Arithmetic {

    /** The longest string constant a class file can hold (65,535 bytes of modified UTF-8). */
    static final int MAX_STRING = 65_535;

    private Arithmetic() {
    }

    static Object unary(UnaryExpr.Operator operator, Object operand) throws Unresolvable {
        Number number = numeric(operand, operator.asString());
        return switch (operator) {
            case PLUS -> operand instanceof Character ? number.intValue() : operand;
            case MINUS -> narrow(operand, number, -number.longValue(), -number.doubleValue());
            default -> throw new Unresolvable("the operator " + operator.asString() + " is not supported in a constant");
        };
    }

    static Object binary(BinaryExpr.Operator operator, Object left, Object right) throws Unresolvable {
        if (operator == BinaryExpr.Operator.PLUS && (left instanceof String || right instanceof String)) {
            String a = String.valueOf(left);
            String b = String.valueOf(right);
            if ((long) a.length() + b.length() > MAX_STRING) {
                throw new Unresolvable("the string it builds is longer than " + MAX_STRING
                        + " characters, more than a Java string constant can hold");
            }
            return a + b;
        }
        Number a = numeric(left, operator.asString());
        Number b = numeric(right, operator.asString());
        boolean floating = isFloating(a) || isFloating(b);
        boolean wide = a instanceof Long || b instanceof Long;
        if (floating) {
            double x = a.doubleValue();
            double y = b.doubleValue();
            return switch (operator) {
                case PLUS -> x + y;
                case MINUS -> x - y;
                case MULTIPLY -> x * y;
                case DIVIDE -> x / y;
                case REMAINDER -> x % y;
                default -> throw unsupported(operator);
            };
        }
        long x = a.longValue();
        long y = b.longValue();
        if ((operator == BinaryExpr.Operator.DIVIDE || operator == BinaryExpr.Operator.REMAINDER) && y == 0) {
            throw new Unresolvable("division by zero");
        }
        long result = switch (operator) {
            case PLUS -> x + y;
            case MINUS -> x - y;
            case MULTIPLY -> x * y;
            case DIVIDE -> x / y;
            case REMAINDER -> x % y;
            default -> throw unsupported(operator);
        };
        return wide ? (Object) result : (Object) (int) result;
    }

    private static Unresolvable unsupported(BinaryExpr.Operator operator) {
        return new Unresolvable("the operator " + operator.asString() + " is not supported in a constant");
    }

    private static Number numeric(Object value, String operator) throws Unresolvable {
        if (value instanceof Character c) {
            return (int) c;
        }
        if (value instanceof Number n) {
            return n;
        }
        throw new Unresolvable("the operator " + operator + " needs numbers, not '" + value + "'");
    }

    private static boolean isFloating(Number n) {
        return n instanceof Double || n instanceof Float;
    }

    private static Object narrow(Object original, Number number, long asLong, double asDouble) {
        if (isFloating(number)) {
            return asDouble;
        }
        return original instanceof Long ? (Object) asLong : (Object) (int) asLong;
    }
}
