package dev.costscope.extract;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import dev.costscope.model.SourceLocation;
import dev.costscope.model.TextBlock;
import dev.costscope.model.Value;
import dev.costscope.text.FigureFinder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Collects the prose of Java sources that may state a cost: the comments of model-release types,
 * their summary and notes, and every {@code static final} String constant that holds a cost figure.
 * Suppressions come from the {@code @SuppressWarnings} of the field and of every enclosing type.
 */
final class TextCollector {

    private static final String SUPPRESSION_PREFIX = "cost:";

    private final ConstantEvaluator evaluator;
    private final AttributeReader.Locator locator;
    private final FigureFinder figures = new FigureFinder();

    TextCollector(ConstantEvaluator evaluator, AttributeReader.Locator locator) {
        this.evaluator = evaluator;
        this.locator = locator;
    }

    /** The javadoc and comments of a model-release type, with its suppressions. */
    List<TextBlock> comments(TypeDeclaration<?> type) {
        List<Comment> comments = new ArrayList<>();
        type.getComment().ifPresent(comments::add);
        comments.addAll(type.getAllContainedComments());
        List<TextBlock> texts = new ArrayList<>();
        for (Comment comment : comments) {
            if (figures.mayContain(comment.getContent())) {
                SourceLocation at = locator.at(comment);
                int opener = comment.isLineComment() ? 2 : comment.isJavadocComment() ? 3 : 2;
                texts.add(new TextBlock(withoutStars(comment.getContent()),
                        new SourceLocation(at.file(), at.line(), at.column() + opener), "comment", suppressions(type)));
            }
        }
        return texts;
    }

    /** A summary or note written as a literal (a constant reference is checked where the constant is defined). */
    Optional<TextBlock> attribute(Value<String> value, Expression written, String origin, Node owner) {
        if (!value.hasText() || written == null || isConstantReference(written) || !figures.mayContain(value.value())) {
            return Optional.empty();
        }
        SourceLocation at = value.location();
        return Optional.of(new TextBlock(value.value(), new SourceLocation(at.file(), at.line(), at.column() + 1),
                origin, suppressions(owner)));
    }

    /** The {@code static final} String constants of {@code unit} that may hold a cost figure. */
    List<TextBlock> constants(CompilationUnit unit) {
        List<TextBlock> texts = new ArrayList<>();
        for (FieldDeclaration field : unit.findAll(FieldDeclaration.class)) {
            if (!isConstant(field)) {
                continue;
            }
            for (VariableDeclarator variable : field.getVariables()) {
                Optional<Expression> initializer = variable.getInitializer();
                if (initializer.isEmpty() || !figures.mayContain(initializer.get().toString())) {
                    continue;
                }
                try {
                    if (evaluator.evaluate(initializer.get()) instanceof String text && !figures.find(text).isEmpty()) {
                        SourceLocation at = locator.at(initializer.get());
                        texts.add(new TextBlock(text, new SourceLocation(at.file(), at.line(), at.column() + 1),
                                "string constant " + variable.getNameAsString(), suppressions(variable)));
                    }
                } catch (Unresolvable e) {
                    // not a constant costscope can read: nothing to judge
                }
            }
        }
        return texts;
    }

    private static boolean isConstant(FieldDeclaration field) {
        boolean inInterface = field.getParentNode().filter(p -> p instanceof ClassOrInterfaceDeclaration c
                && c.isInterface()).isPresent();
        return (inInterface || (field.isStatic() && field.isFinal()))
                && field.getElementType().asString().matches("(java\\.lang\\.)?String");
    }

    private static boolean isConstantReference(Expression written) {
        return written.isNameExpr() || written.isFieldAccessExpr();
    }

    /** Javadoc's leading asterisks become spaces, so that continuation lines read as prose. */
    private static String withoutStars(String content) {
        return content.replaceAll("(?m)^(\\s*)\\*", "$1 ");
    }

    /** The {@code cost:} suppressions of {@code node} and every annotated node around it. */
    Set<String> suppressions(Node node) {
        Set<String> rules = new LinkedHashSet<>();
        Optional<Node> current = Optional.of(node);
        while (current.isPresent()) {
            if (current.get() instanceof NodeWithAnnotations<?> annotated) {
                for (AnnotationExpr annotation : annotated.getAnnotations()) {
                    collect(annotation, rules);
                }
            }
            current = current.get().getParentNode();
        }
        return rules;
    }

    private void collect(AnnotationExpr annotation, Set<String> rules) {
        String written = annotation.getNameAsString();
        if (!(annotation instanceof SingleMemberAnnotationExpr single)
                || !(written.equals("SuppressWarnings") || written.equals("java.lang.SuppressWarnings"))) {
            return;
        }
        Expression value = single.getMemberValue();
        List<Expression> entries = value instanceof ArrayInitializerExpr array ? array.getValues() : List.of(value);
        for (Expression entry : entries) {
            try {
                if (evaluator.evaluate(entry) instanceof String s && s.startsWith(SUPPRESSION_PREFIX)) {
                    rules.add(s.substring(SUPPRESSION_PREFIX.length()).strip());
                }
            } catch (Unresolvable e) {
                // a @SuppressWarnings entry that is not a constant is not ours to judge
            }
        }
    }
}
