fn main() {
    std::process::exit(cbe::cli::main());
}
