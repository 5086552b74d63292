package dev.costscope.extract;

import com.github.javaparser.ast.body.TypeDeclaration;

/** A type declared in one of the project's sources. */
record TypeRef(TypeDeclaration<?> declaration) {

    /** The type's qualified name, or its simple name for a local type. */
    String name() {
        return declaration.getFullyQualifiedName().orElse(declaration.getNameAsString());
    }
}
