//! The `dpgpu` command line: glue between clap and the library.
//!
//! Exit codes: 0 success, 2 bad input (flags, data files, unavailable backend; clap's usage
//! errors are 2 too), 1 any other failure.

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};

mod cli;

/// mimalloc, told never to hand freed pages back to the OS. With the system allocator on Linux
/// every tensor over glibc's mmap threshold is a fresh `mmap` whose pages fault in one by one, and
/// a DP step allocates and frees several per-sample tensors per layer each step: on the cpu
/// backend this cost the CIFAR-10 CNN's DP step 1.60-1.76x its non-private step, against
/// 1.04-1.10x with this allocator (docs/PERFORMANCE.md, "The allocator"). The price is peak
/// resident memory (30-100% more); `MIMALLOC_PURGE_DELAY=0` in the environment returns freed
/// pages at once instead.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_purge_delay` of `mi_option_e` (mimalloc.h, v2 and v3 alike): milliseconds before
/// freed memory is returned to the OS, -1 for never.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

fn main() -> ExitCode {
    // mimalloc reads MIMALLOC_PURGE_DELAY itself; the default here is never.
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: sets a plain integer option of the allocator; safe at any time.
        unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, -1) };
    }
    // Die quietly on a closed pipe (`dpgpu models | head`), as command-line tools do, instead of
    // panicking in println!.
    #[cfg(unix)]
    // SAFETY: restoring the default disposition of SIGPIPE before any thread starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let matches = cli::Cli::command().get_matches();
    let cli = cli::Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or(cli.log_level())).init();
    match cli::run(cli, &matches) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if err.downcast_ref::<cli::Reported>().is_some() => ExitCode::from(1),
        Err(err) => {
            // dpgpu's own errors already carry their cause in the message; others get the chain.
            let ours = err.downcast_ref::<dpgpu::Error>();
            match ours {
                Some(e) => eprintln!("dpgpu: {e}"),
                None => eprintln!("dpgpu: {err:#}"),
            }
            let bad_input = ours.is_some_and(|e| e.is_invalid_input());
            ExitCode::from(if bad_input { 2 } else { 1 })
        }
    }
}
