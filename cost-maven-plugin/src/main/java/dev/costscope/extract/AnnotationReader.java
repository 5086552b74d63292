package dev.costscope.extract;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import dev.costscope.annotations.Basis;
import dev.costscope.annotations.CostComponent;
import dev.costscope.annotations.Scope;
import dev.costscope.model.Claim;
import dev.costscope.model.Compute;
import dev.costscope.model.DeclaredType;
import dev.costscope.model.Exclusion;
import dev.costscope.model.Item;
import dev.costscope.model.ModelRelease;
import dev.costscope.model.SourceLocation;
import dev.costscope.model.UnresolvedValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the costscope annotations of every type in one parsed file into {@link DeclaredType}s. */
final class AnnotationReader {

    private static final String SUPPRESSION_PREFIX = "cost:";

    private final ConstantEvaluator evaluator;

    AnnotationReader(ConstantEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** The annotated types of {@code unit}, in source order; {@code displayPath} names the file in locations. */
    List<DeclaredType> read(CompilationUnit unit, String displayPath) {
        CostscopeNames names = new CostscopeNames(unit);
        AttributeReader.Locator locator = node -> node.getBegin()
                .map(p -> new SourceLocation(displayPath, p.line, p.column))
                .orElse(SourceLocation.ofFile(displayPath));
        List<DeclaredType> types = new ArrayList<>();
        for (TypeDeclaration<?> type : unit.findAll(TypeDeclaration.class)) {
            new TypeReading(type, names, locator).result().ifPresent(types::add);
        }
        return types;
    }

    /** The reading of one type; collects what could not be evaluated as it goes. */
    private final class TypeReading {
        private final TypeDeclaration<?> type;
        private final CostscopeNames names;
        private final AttributeReader.Locator locator;
        private final List<UnresolvedValue> unresolved = new ArrayList<>();

        TypeReading(TypeDeclaration<?> type, CostscopeNames names, AttributeReader.Locator locator) {
            this.type = type;
            this.names = names;
            this.locator = locator;
        }

        Optional<DeclaredType> result() {
            Optional<ModelRelease> release = Optional.empty();
            List<Claim> claims = new ArrayList<>();
            for (AnnotationExpr annotation : type.getAnnotations()) {
                if (names.is(annotation, "ModelRelease") && release.isEmpty()) {
                    release = Optional.of(release(reader(annotation, "ModelRelease")));
                } else if (names.is(annotation, "TrainingCost")) {
                    claims.add(claim(reader(annotation, "TrainingCost")));
                } else if (names.is(annotation, "TrainingCosts")) {
                    for (AnnotationExpr inner : reader(annotation, "TrainingCosts").annotations("value", "TrainingCost", names)) {
                        claims.add(claim(reader(inner, "TrainingCost")));
                    }
                }
            }
            if (release.isEmpty() && claims.isEmpty()) {
                return Optional.empty();
            }
            String name = type.getFullyQualifiedName().orElse(type.getNameAsString());
            return Optional.of(new DeclaredType(name, locator.at(type.getName()), release, claims, suppressions(),
                    unresolved));
        }

        private AttributeReader reader(AnnotationExpr annotation, String annotationName) {
            return new AttributeReader(annotation, annotationName, evaluator, locator, unresolved);
        }

        private ModelRelease release(AttributeReader r) {
            return new ModelRelease(r.string("name"), r.string("version"), r.string("releaseDate"),
                    r.string("totalParameters"), r.string("activeParameters"), r.string("trainingTokens"),
                    r.string("summary"), r.location());
        }

        private Claim claim(AttributeReader r) {
            List<Item> items = new ArrayList<>();
            for (AnnotationExpr item : r.annotations("items", "Item", names)) {
                items.add(item(reader(item, "Item")));
            }
            List<Exclusion> excludes = new ArrayList<>();
            for (AnnotationExpr excluded : r.annotations("excludes", "Excluded", names)) {
                excludes.add(exclusion(reader(excluded, "Excluded")));
            }
            return new Claim(r.enumeration("scope", Scope.class, Scope.UNSPECIFIED), r.string("amount"),
                    r.string("currency", "USD"),
                    r.string("low"), r.string("high"), r.enumeration("basis", Basis.class, Basis.UNSPECIFIED),
                    items, excludes, r.string("asOf"), r.string("source"), r.string("note"), r.location());
        }

        private Item item(AttributeReader r) {
            List<Compute> compute = new ArrayList<>();
            for (AnnotationExpr c : r.annotations("compute", "Compute", names)) {
                AttributeReader cr = reader(c, "Compute");
                compute.add(new Compute(cr.string("accelerator"), cr.integer("count"), cr.string("hours"),
                        cr.string("ratePerHour"), cr.string("flops"), cr.location()));
            }
            return new Item(r.enumeration("component", CostComponent.class, null), r.string("amount"), r.string("low"),
                    r.string("high"), compute, r.string("note"), r.location());
        }

        private Exclusion exclusion(AttributeReader r) {
            return new Exclusion(r.enumeration("component", CostComponent.class, null), r.string("reason"),
                    r.string("low"), r.string("high"), r.location());
        }

        /** The {@code cost:<rule>} entries of {@code @SuppressWarnings} on the type, without the prefix. */
        private Set<String> suppressions() {
            Set<String> rules = new LinkedHashSet<>();
            for (AnnotationExpr annotation : type.getAnnotations()) {
                String written = annotation.getNameAsString();
                if (!written.equals("SuppressWarnings") && !written.equals("java.lang.SuppressWarnings")) {
                    continue;
                }
                if (annotation instanceof SingleMemberAnnotationExpr single) {
                    Expression value = single.getMemberValue();
                    List<Expression> entries = value instanceof ArrayInitializerExpr array ? array.getValues() : List.of(value);
                    for (Expression entry : entries) {
                        suppression(entry).ifPresent(rules::add);
                    }
                }
            }
            return rules;
        }

        private Optional<String> suppression(Node entry) {
            try {
                Object value = evaluator.evaluate((Expression) entry);
                if (value instanceof String s && s.startsWith(SUPPRESSION_PREFIX)) {
                    return Optional.of(s.substring(SUPPRESSION_PREFIX.length()).strip());
                }
            } catch (Unresolvable e) {
                // a @SuppressWarnings entry that is not a constant is not ours to judge
            }
            return Optional.empty();
        }
    }
}
