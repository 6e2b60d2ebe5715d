//! Records the git commit the binary is built from as `DPGPU_GIT_COMMIT` (with `-dirty` when
//! tracked files differ from it), so a bench result file names the binary that produced it,
//! not whatever the working tree holds when it runs (without git, a source tarball, nothing is
//! recorded), and the Burn, wgpu and CubeCL versions of `Cargo.lock`.

use std::process::Command;

fn git(args: &[&str]) -> Option<String> {
    let out = Command::new("git").args(args).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

fn main() {
    if let Some(commit) = git(&["rev-parse", "HEAD"]) {
        let dirty = git(&["status", "--porcelain", "--untracked-files=no"]).is_some_and(|s| !s.is_empty());
        println!("cargo:rustc-env=DPGPU_GIT_COMMIT={commit}{}", if dirty { "-dirty" } else { "" });
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
    for (krate, var) in
        [("burn", "DPGPU_BURN_VERSION"), ("wgpu", "DPGPU_WGPU_VERSION"), ("cubecl", "DPGPU_CUBECL_VERSION")]
    {
        let needle = format!("name = \"{krate}\"\nversion = \"");
        if let Some(rest) = lock.find(&needle).map(|i| &lock[i + needle.len()..]) {
            println!("cargo:rustc-env={var}={}", rest.split('"').next().unwrap_or_default());
        }
    }
    for path in ["src", "shaders", "Cargo.toml", "Cargo.lock", "build.rs"] {
        println!("cargo:rerun-if-changed={path}");
    }
}
