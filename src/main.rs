fn main() {
    // Unpacking runs six threads; glibc would give each its own malloc arena, and the memory
    // freed in one is not reused by another. Two arenas keep peak memory near what is live.
    // SAFETY: mallopt only sets an allocator parameter; called before any thread starts.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 2);
    }
    std::process::exit(cbe::cli::main());
}
