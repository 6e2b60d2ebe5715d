//! Records the git commit the binary is built from as `DPGPU_GIT_COMMIT` (with `-dirty` when
//! tracked files differ from it), so a bench result file names the binary that produced it,
//! not whatever the working tree holds when it runs (without git, a source tarball, nothing is
//! recorded), the Burn, wgpu and CubeCL versions of `Cargo.lock`, and both in
//! `DPGPU_LONG_VERSION` for `dpgpu --version`.

use std::process::Command;

fn git(args: &[&str]) -> Option<String> {
    let out = Command::new("git").args(args).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

fn main() {
    let commit = git(&["rev-parse", "HEAD"]).map(|commit| {
        let dirty = git(&["status", "--porcelain", "--untracked-files=no"]).is_some_and(|s| !s.is_empty());
        format!("{commit}{}", if dirty { "-dirty" } else { "" })
    });
    if let Some(commit) = &commit {
        println!("cargo:rustc-env=DPGPU_GIT_COMMIT={commit}");
    }
    if let Some(git_dir) = git(&["rev-parse", "--git-dir"]) {
        // A commit, checkout or reset moves HEAD or the branch it names (a loose ref, or one
        // packed into packed-refs) and mostly rewrites the index.
        let mut watched = vec![format!("{git_dir}/HEAD"), format!("{git_dir}/index")];
        if let Some(branch) = git(&["symbolic-ref", "-q", "HEAD"]) {
            watched.push(format!("{git_dir}/{branch}"));
        }
        watched.push(format!("{git_dir}/packed-refs"));
        // A path that does not exist would rerun this script on every build.
        for path in watched.iter().filter(|p| std::path::Path::new(p).exists()) {
            println!("cargo:rerun-if-changed={path}");
        }
    }
    // The versions of the crates a timing depends on, from the lock file this build used.
    let lock = std::fs::read_to_string("Cargo.lock").unwrap_or_default();
    let mut versions = Vec::new();
    for (krate, var) in
        [("burn", "DPGPU_BURN_VERSION"), ("wgpu", "DPGPU_WGPU_VERSION"), ("cubecl", "DPGPU_CUBECL_VERSION")]
    {
        let needle = format!("name = \"{krate}\"\nversion = \"");
        if let Some(rest) = lock.find(&needle).map(|i| &lock[i + needle.len()..]) {
            let version = rest.split('"').next().unwrap_or_default();
            println!("cargo:rustc-env={var}={version}");
            versions.push(format!("{krate} {version}"));
        }
    }
    // `dpgpu --version` in full: the commit and the versions above.
    println!(
        "cargo:rustc-env=DPGPU_LONG_VERSION={} (commit {}; {})",
        std::env::var("CARGO_PKG_VERSION").unwrap_or_default(),
        commit.as_deref().unwrap_or("unknown: not built from a git checkout"),
        versions.join(", ")
    );
    for path in ["src", "shaders", "Cargo.toml", "Cargo.lock", "build.rs"] {
        println!("cargo:rerun-if-changed={path}");
    }
}
