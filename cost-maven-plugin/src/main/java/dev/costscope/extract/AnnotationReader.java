package dev.costscope.extract;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
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
import dev.costscope.model.TextBlock;
import dev.costscope.model.UnresolvedValue;
import dev.costscope.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one parsed file: the costscope annotations of every type into {@link DeclaredType}s, and the
 * prose that may state a cost into {@link TextBlock}s.
 */
final class AnnotationReader {

    private final ConstantEvaluator evaluator;

    AnnotationReader(ConstantEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** What one file declares and says: its annotated types in source order, and its prose. */
    record FileReading(List<DeclaredType> types, List<TextBlock> texts) {
    }

    /** Reads {@code unit}; {@code displayPath} names the file in locations. */
    FileReading read(CompilationUnit unit, String displayPath) {
        CostscopeNames names = new CostscopeNames(unit);
        AttributeReader.Locator locator = locator(displayPath);
        TextCollector collector = new TextCollector(evaluator, locator);
        List<DeclaredType> types = new ArrayList<>();
        List<TextBlock> texts = new ArrayList<>(collector.constants(unit));
        for (TypeDeclaration<?> type : unit.findAll(TypeDeclaration.class)) {
            new TypeReading(type, names, locator, collector, texts).result().ifPresent(types::add);
        }
        return new FileReading(types, texts);
    }

    /** Places nodes of the file shown as {@code displayPath}. */
    private static AttributeReader.Locator locator(String displayPath) {
        return node -> node.getBegin()
                .map(p -> new SourceLocation(displayPath, p.line, p.column))
                .orElse(SourceLocation.ofFile(displayPath));
    }

    /** Only the prose of {@code unit}: its string constants; for files that declare no claim. */
    List<TextBlock> constants(CompilationUnit unit, String displayPath) {
        return new TextCollector(evaluator, locator(displayPath)).constants(unit);
    }

    /** The reading of one type; collects what could not be evaluated as it goes. */
    private final class TypeReading {
        private final TypeDeclaration<?> type;
        private final CostscopeNames names;
        private final AttributeReader.Locator locator;
        private final TextCollector collector;
        private final List<TextBlock> texts;
        private final List<UnresolvedValue> unresolved = new ArrayList<>();

        TypeReading(TypeDeclaration<?> type, CostscopeNames names, AttributeReader.Locator locator,
                    TextCollector collector, List<TextBlock> texts) {
            this.type = type;
            this.names = names;
            this.locator = locator;
            this.collector = collector;
            this.texts = texts;
        }

        Optional<DeclaredType> result() {
            Optional<ModelRelease> release = Optional.empty();
            List<Claim> claims = new ArrayList<>();
            for (AnnotationExpr annotation : type.getAnnotations()) {
                if (names.is(annotation, "ModelRelease") && release.isEmpty()) {
                    ModelRelease read = release(reader(annotation, "ModelRelease"));
                    release = Optional.of(read);
                    prose(read.summary(), annotation, "summary", "ModelRelease.summary");
                } else if (names.is(annotation, "TrainingCost")) {
                    claims.add(claim(annotation));
                } else if (names.is(annotation, "TrainingCosts")) {
                    for (AnnotationExpr inner : reader(annotation, "TrainingCosts").annotations("value", "TrainingCost", names)) {
                        claims.add(claim(inner));
                    }
                }
            }
            if (release.isEmpty() && claims.isEmpty()) {
                return Optional.empty();
            }
            if (release.isPresent()) {
                texts.addAll(collector.comments(type));
            }
            String name = type.getFullyQualifiedName().orElse(type.getNameAsString());
            return Optional.of(new DeclaredType(name, locator.at(type.getName()), release, claims,
                    collector.suppressions(type), unresolved));
        }

        private Claim claim(AnnotationExpr annotation) {
            Claim claim = claim(reader(annotation, "TrainingCost"));
            prose(claim.note(), annotation, "note", "TrainingCost.note");
            return claim;
        }

        private void prose(Value<String> value, AnnotationExpr annotation, String attribute, String origin) {
            collector.attribute(value, AttributeReader.expression(annotation, attribute), origin, type).ifPresent(texts::add);
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
                        cr.string("ratePerHour"), cr.string("flops"), cr.string("energy"),
                        cr.string("locationBasedEmissions"), cr.string("marketBasedEmissions"), cr.string("wallClock"),
                        cr.location()));
            }
            return new Item(r.enumeration("component", CostComponent.class, null), r.string("amount"), r.string("low"),
                    r.string("high"), compute, r.string("note"), r.location());
        }

        private Exclusion exclusion(AttributeReader r) {
            return new Exclusion(r.enumeration("component", CostComponent.class, null), r.string("reason"),
                    r.string("low"), r.string("high"), r.location());
        }
    }
}
