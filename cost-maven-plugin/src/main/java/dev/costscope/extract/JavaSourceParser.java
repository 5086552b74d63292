package dev.costscope.extract;

import com.github.javaparser.JavaParser;
import com.github.javaparser.JavaToken;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import dev.costscope.model.SourceLocation;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses Java source text of any language level up to Java 25, turning problems into messages with a place. */
final class JavaSourceParser {

    private static final int MAX_MESSAGE = 200;

    /** The place a lexical error names only in its message: {@code Lexical error at line 9, column 14.} */
    private static final Pattern LEXICAL = Pattern.compile("^Lexical error at line (\\d{1,9}), column (\\d{1,9})\\.");

    private final ParserConfiguration configuration = new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_25);

    /**
     * The parsed unit, or {@link SyntaxError} with the first problem's place (for an unexpected
     * token, the token itself, where the parser reports the token before it) and a short message.
     */
    CompilationUnit parse(String text, String displayPath) throws SyntaxError {
        NestingScreen.Excess excess = NestingScreen.check(text);
        if (excess != null) {
            throw new SyntaxError(new SourceLocation(displayPath, excess.line(), excess.column()), excess.reason());
        }
        ParseResult<CompilationUnit> result;
        try {
            result = new JavaParser(configuration).parse(text);
        } catch (StackOverflowError e) {
            throw new SyntaxError(SourceLocation.ofFile(displayPath), "the file nests too deeply for costscope to read"
                    + " it; split its longest expression");
        }
        if (result.isSuccessful() && result.getResult().isPresent()) {
            return result.getResult().get();
        }
        List<Problem> problems = result.getProblems();
        if (problems.isEmpty()) {
            throw new SyntaxError(SourceLocation.ofFile(displayPath), "cannot be parsed as Java");
        }
        Problem first = problems.get(0);
        Matcher lexical = LEXICAL.matcher(first.getMessage());
        if (first.getLocation().isEmpty() && lexical.find()) {
            // The lexer gives column 0 for the end of a file that ends with a line break.
            throw new SyntaxError(new SourceLocation(displayPath, Math.max(1, Integer.parseInt(lexical.group(1))),
                    Math.max(1, Integer.parseInt(lexical.group(2)))), "Java syntax error: " + shorten(first.getMessage()));
        }
        boolean unexpectedToken = first.getMessage().startsWith("Parse error. Found");
        SourceLocation at = first.getLocation()
                .map(range -> unexpectedToken ? nextSignificant(range.getBegin()) : range.getBegin())
                .flatMap(JavaToken::getRange)
                .map(range -> new SourceLocation(displayPath, range.begin.line, range.begin.column))
                .orElse(SourceLocation.ofFile(displayPath));
        String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problem(s))" : "";
        throw new SyntaxError(at, "Java syntax error: " + shorten(first.getMessage()) + more);
    }

    /** The first token after {@code token} that is not white space or a comment, or {@code token} at the end. */
    private static JavaToken nextSignificant(JavaToken token) {
        Optional<JavaToken> next = token.getNextToken();
        while (next.isPresent() && next.get().getCategory().isWhitespaceOrComment()) {
            next = next.get().getNextToken();
        }
        return next.orElse(token);
    }

    /** Keeps the first line of a parser message and drops the long list of expected tokens. */
    private static String shorten(String message) {
        String line = message.strip().lines().findFirst().orElse("");
        int expected = line.indexOf(", expected one of");
        if (expected > 0) {
            line = line.substring(0, expected);
        }
        return line.length() > MAX_MESSAGE ? line.substring(0, MAX_MESSAGE) + "..." : line;
    }

    /** A source that is not valid Java, with the place of the first problem. */
    static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        final transient SourceLocation location;

        SyntaxError(SourceLocation location, String message) {
            super(message, null, false, false);
            this.location = location;
        }
    }
}
