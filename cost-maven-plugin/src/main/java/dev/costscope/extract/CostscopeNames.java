package dev.costscope.extract;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;

/** Tells, within one file, whether an annotation as written is one of costscope's. */
final class CostscopeNames {

    /** The package of the annotation API. */
    static final String PACKAGE = "dev.costscope.annotations";

    private final CompilationUnit unit;
    private final boolean wildcard;

    CostscopeNames(CompilationUnit unit) {
        this.unit = unit;
        this.wildcard = unit.getImports().stream()
                .anyMatch(i -> !i.isStatic() && i.isAsterisk() && i.getNameAsString().equals(PACKAGE));
    }

    /** Whether {@code annotation} is {@code dev.costscope.annotations.<simpleName>}. */
    boolean is(AnnotationExpr annotation, String simpleName) {
        String written = annotation.getNameAsString();
        if (written.equals(PACKAGE + "." + simpleName)) {
            return true;
        }
        if (!written.equals(simpleName)) {
            return false;
        }
        for (ImportDeclaration imp : unit.getImports()) {
            if (!imp.isStatic() && !imp.isAsterisk() && imp.getName().getIdentifier().equals(simpleName)) {
                return imp.getNameAsString().equals(PACKAGE + "." + simpleName);
            }
        }
        return wildcard;
    }
}
