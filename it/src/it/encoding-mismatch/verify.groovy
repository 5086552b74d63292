def log = new File(basedir, "build.log").text
assert log.contains("[ERROR] src/main/java/com/acme/Cafe.java:[6,26] processing error: the file is not valid UTF-8 text (byte 0xE9); set <encoding> (property cost.encoding or project.build.sourceEncoding) to the file's encoding, or convert the file")
assert log.contains("1 source file(s) could not be read or parsed")
assert !log.readLines().any { it ==~ /\s+at \S.*/ || it.startsWith("Caused by:") || it.contains("Exception in thread") || it.contains("java.lang.") } : "a stack trace reached the user"
