def log = new File(basedir, "build.log").text
assert log.contains("[ERROR] src/main/java/com/acme/Slipped.java:[9,72] [implausible-utilization] implied utilization 331.0%: 6 × 37B active parameters × 14.8T tokens = 3.286e24 FLOP in 278.8K H800-hours × 3600 s × 989 TFLOP/s (peak dense BF16) = 9.926e23 FLOP. That is more work than the accelerators can do at peak: the claim is physically impossible")
assert log.contains("costscope: 1 finding(s) at or above ERROR (implausible-utilization)")
assert !log.readLines().any { it ==~ /\s+at \S.*/ || it.startsWith("Caused by:") || it.contains("Exception in thread") || it.contains("java.lang.") } : "a stack trace reached the user"
