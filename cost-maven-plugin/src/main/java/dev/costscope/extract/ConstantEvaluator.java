package dev.costscope.extract;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates Java constant expressions as they appear in annotation values: literals (text blocks
 * included), string concatenation, integer and floating arithmetic, and references to
 * {@code static final} constants by simple name, qualified name or static import, wherever in the
 * project's sources they are defined. Each constant is evaluated once. Evaluation follows at most
 * {@link #MAX_DEPTH} nested expressions and constant references, and builds strings of at most
 * {@link Arithmetic#MAX_STRING} characters, {@link #MAX_CHARACTERS} in all; past a bound the value
 * is unresolved.
 */
final class ConstantEvaluator {

    /**
     * How deep expressions and constant references are followed. Real constants nest a few levels;
     * the bound keeps a hostile chain of thousands of constants from exhausting the stack.
     */
    static final int MAX_DEPTH = 256;

    /**
     * How many characters all concatenations of one scan may build together: constants that each
     * add to the one before build a total that grows with the square of their number, and this
     * keeps the work linear. Real projects fold a tiny fraction of it.
     */
    static final long MAX_CHARACTERS = 16L << 20;

    private final SourceIndex index;
    /** Each constant's value, or the {@link Unresolvable} it ended in, so that no constant is folded twice. */
    private final Map<VariableDeclarator, Object> values = new IdentityHashMap<>();
    private final Map<TypeDeclaration<?>, Map<String, VariableDeclarator>> fields = new IdentityHashMap<>();
    private final Set<VariableDeclarator> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());
    private int depth;
    private long charactersLeft = MAX_CHARACTERS;

    ConstantEvaluator(SourceIndex index) {
        this.index = index;
    }

    /** The value of {@code expr}: a String, Integer, Long, Double, Character or Boolean. */
    Object evaluate(Expression expr) throws Unresolvable {
        if (depth >= MAX_DEPTH) {
            throw new Unresolvable("its expressions and constants are nested deeper than " + MAX_DEPTH
                    + " levels, where costscope stops following them");
        }
        depth++;
        try {
            return evaluateNode(expr);
        } finally {
            depth--;
        }
    }

    private Object evaluateNode(Expression expr) throws Unresolvable {
        if (expr instanceof LiteralExpr literal && !(expr instanceof NullLiteralExpr)) {
            return Literals.value(literal);
        }
        if (expr instanceof EnclosedExpr e) {
            return evaluate(e.getInner());
        }
        if (expr instanceof CastExpr c) {
            return evaluate(c.getExpression());
        }
        if (expr instanceof UnaryExpr u) {
            return Arithmetic.unary(u.getOperator(), evaluate(u.getExpression()));
        }
        if (expr instanceof BinaryExpr b) {
            Object value = Arithmetic.binary(b.getOperator(), evaluate(b.getLeft()), evaluate(b.getRight()));
            if (value instanceof String text) {
                charactersLeft -= text.length();
                if (charactersLeft < 0) {
                    throw new Unresolvable("the project's constants build more than " + MAX_CHARACTERS
                            + " characters of strings, where costscope stops folding them");
                }
            }
            return value;
        }
        if (expr instanceof ConditionalExpr c) {
            Object condition = evaluate(c.getCondition());
            if (!(condition instanceof Boolean test)) {
                throw new Unresolvable("the condition of ?: is not a boolean constant");
            }
            return evaluate(test ? c.getThenExpr() : c.getElseExpr());
        }
        if (expr instanceof NameExpr n) {
            return valueOf(resolveSimpleName(n.getNameAsString(), n));
        }
        if (expr instanceof FieldAccessExpr f) {
            return valueOf(resolveQualified(f));
        }
        throw new Unresolvable("'" + expr + "' is not a constant expression (" + describe(expr) + ")");
    }

    private static String describe(Expression expr) {
        String kind = expr.getClass().getSimpleName().replace("Expr", "");
        return "a " + kind.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private Object valueOf(VariableDeclarator constant) throws Unresolvable {
        Object known = values.get(constant);
        if (known instanceof Unresolvable failed) {
            throw failed;
        }
        if (known != null) {
            return known;
        }
        if (!inProgress.add(constant)) {
            throw new Unresolvable("constant " + constant.getNameAsString() + " is defined in terms of itself");
        }
        try {
            Expression initializer = constant.getInitializer().orElseThrow(() -> new Unresolvable(
                    "constant " + constant.getNameAsString() + " has no initializer"));
            Object value = evaluate(initializer);
            values.put(constant, value);
            return value;
        } catch (Unresolvable e) {
            values.put(constant, e);
            throw e;
        } finally {
            inProgress.remove(constant);
        }
    }

    private VariableDeclarator resolveSimpleName(String name, Node at) throws Unresolvable {
        for (TypeDeclaration<?> type : enclosingTypes(at)) {
            Optional<VariableDeclarator> field = constantIn(new TypeRef(type), name, new ArrayList<>());
            if (field.isPresent()) {
                return field.get();
            }
        }
        CompilationUnit unit = unitOf(at);
        for (ImportDeclaration imp : unit.getImports()) {
            if (!imp.isStatic()) {
                continue;
            }
            String imported = imp.getNameAsString();
            if (imp.isAsterisk()) {
                Optional<TypeRef> type = index.findType(imported);
                if (type.isPresent()) {
                    Optional<VariableDeclarator> field = constantIn(type.get(), name, new ArrayList<>());
                    if (field.isPresent()) {
                        return field.get();
                    }
                }
            } else if (imported.endsWith("." + name)) {
                String owner = imported.substring(0, imported.length() - name.length() - 1);
                TypeRef type = index.findType(owner).orElseThrow(() -> new Unresolvable(
                        index.failureFor(owner.substring(owner.lastIndexOf('.') + 1)).orElse("the static import "
                                + imported + " names a type that is not among the project's sources")));
                return constantIn(type, name, new ArrayList<>()).orElseThrow(() -> new Unresolvable(
                        owner + " has no static final constant " + name));
            }
        }
        throw new Unresolvable(name + " is not a static final constant of this file, its supertypes or its static imports");
    }

    private VariableDeclarator resolveQualified(FieldAccessExpr access) throws Unresolvable {
        String typeName = access.getScope().toString();
        String name = access.getNameAsString();
        String simpleName = typeName.substring(typeName.lastIndexOf('.') + 1);
        TypeRef type = resolveType(typeName, access).orElseThrow(() -> new Unresolvable(index.failureFor(simpleName)
                .orElse("type " + typeName + " is not among the project's sources")));
        return constantIn(type, name, new ArrayList<>()).orElseThrow(() -> new Unresolvable(
                type.name() + " has no static final constant " + name));
    }

    /**
     * The constant {@code name} declared in {@code type} or inherited from its supertypes in the
     * project. A field of that name that is not {@code static final} is an error.
     */
    private Optional<VariableDeclarator> constantIn(TypeRef type, String name, List<TypeDeclaration<?>> seen)
            throws Unresolvable {
        TypeDeclaration<?> decl = type.declaration();
        if (seen.contains(decl)) {
            return Optional.empty();
        }
        seen.add(decl);
        VariableDeclarator variable = fieldsOf(decl).get(name);
        if (variable != null) {
            if (!(variable.getParentNode().orElse(null) instanceof FieldDeclaration field) || !isConstant(decl, field)) {
                throw new Unresolvable(type.name() + "." + name + " is not static final");
            }
            return Optional.of(variable);
        }
        for (ClassOrInterfaceType supertype : supertypes(decl)) {
            Optional<TypeRef> resolved = resolveType(supertype.getNameWithScope(), decl);
            if (resolved.isPresent()) {
                Optional<VariableDeclarator> found = constantIn(resolved.get(), name, seen);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** The fields of {@code decl} by name, the first of each name, indexed once per type. */
    private Map<String, VariableDeclarator> fieldsOf(TypeDeclaration<?> decl) {
        return fields.computeIfAbsent(decl, d -> {
            Map<String, VariableDeclarator> byName = new HashMap<>();
            for (BodyDeclaration<?> member : d.getMembers()) {
                if (member instanceof FieldDeclaration field) {
                    field.getVariables().forEach(v -> byName.putIfAbsent(v.getNameAsString(), v));
                }
            }
            return byName;
        });
    }

    private static boolean isConstant(TypeDeclaration<?> owner, FieldDeclaration field) {
        boolean inInterface = owner instanceof ClassOrInterfaceDeclaration c && c.isInterface();
        return inInterface || (field.isStatic() && field.isFinal());
    }

    private static List<ClassOrInterfaceType> supertypes(TypeDeclaration<?> decl) {
        List<ClassOrInterfaceType> supertypes = new ArrayList<>();
        if (decl instanceof ClassOrInterfaceDeclaration c) {
            supertypes.addAll(c.getExtendedTypes());
            supertypes.addAll(c.getImplementedTypes());
        } else if (decl instanceof EnumDeclaration e) {
            supertypes.addAll(e.getImplementedTypes());
        } else if (decl instanceof RecordDeclaration r) {
            supertypes.addAll(r.getImplementedTypes());
        }
        return supertypes;
    }

    /**
     * Resolves a type name as written at {@code at}: a member or enclosing type, a type of the same
     * file, a single-type import, a type of the same package, an on-demand import, or a fully
     * qualified name; then any further segments as member types.
     */
    Optional<TypeRef> resolveType(String written, Node at) {
        String[] segments = written.split("\\.");
        Optional<TypeDeclaration<?>> head = headType(segments[0], at);
        if (head.isPresent()) {
            Optional<TypeRef> found = SourceIndex.nested(head.get(), segments, 1);
            if (found.isPresent()) {
                return found;
            }
        }
        return index.findType(written);
    }

    private Optional<TypeDeclaration<?>> headType(String simpleName, Node at) {
        for (TypeDeclaration<?> type : enclosingTypes(at)) {
            if (type.getNameAsString().equals(simpleName)) {
                return Optional.of(type);
            }
            Optional<TypeDeclaration<?>> member = SourceIndex.memberType(type, simpleName);
            if (member.isPresent()) {
                return member;
            }
        }
        CompilationUnit unit = unitOf(at);
        for (TypeDeclaration<?> type : unit.getTypes()) {
            if (type.getNameAsString().equals(simpleName)) {
                return Optional.of(type);
            }
        }
        for (ImportDeclaration imp : unit.getImports()) {
            if (!imp.isStatic() && !imp.isAsterisk() && imp.getName().getIdentifier().equals(simpleName)) {
                return index.findType(imp.getNameAsString()).map(TypeRef::declaration);
            }
        }
        String pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("");
        Optional<TypeRef> samePackage = index.findType(pkg + simpleName);
        if (samePackage.isPresent()) {
            return samePackage.map(TypeRef::declaration);
        }
        for (ImportDeclaration imp : unit.getImports()) {
            if (!imp.isStatic() && imp.isAsterisk()) {
                Optional<TypeRef> found = index.findType(imp.getNameAsString() + "." + simpleName);
                if (found.isPresent()) {
                    return found.map(TypeRef::declaration);
                }
            }
        }
        return Optional.empty();
    }

    /** The types enclosing {@code at}, innermost first. */
    private static List<TypeDeclaration<?>> enclosingTypes(Node at) {
        List<TypeDeclaration<?>> types = new ArrayList<>();
        Optional<Node> node = Optional.of(at);
        while (node.isPresent()) {
            if (node.get() instanceof TypeDeclaration<?> type) {
                types.add(type);
            }
            node = node.get().getParentNode();
        }
        return types;
    }

    private static CompilationUnit unitOf(Node at) {
        return at.findCompilationUnit().orElseThrow(() -> new IllegalStateException("node outside a compilation unit"));
    }
}
