fn main() {
    // Unpacking runs six threads; glibc would give each its own malloc arena, and the memory
    // freed in one is not reused by another.
    cbe::os::tune_allocator();
    std::process::exit(cbe::cli::main());
}
