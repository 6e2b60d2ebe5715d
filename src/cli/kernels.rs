//! `dpgpu dump-kernels`: the WGSL of every kernel one step dispatches (SPEC A§9).

use std::path::PathBuf;
use std::process::Command;

use anyhow::Context;
use burn_cubecl::cubecl::config::compilation::CompilationLogLevel;
use burn_cubecl::cubecl::config::{CubeClRuntimeConfig, RuntimeConfig};
use clap::Args;
use clap::builder::PossibleValuesParser;
use dpgpu::bench::kernel_dump::{CASES, CaseDump, dump_case, summary_markdown};
use dpgpu::device::{BackendChoice, select};
use dpgpu::engine::Strategy;
use dpgpu::files::write_atomic;

use super::Fusion;

/// The flags of `dpgpu dump-kernels`.
#[derive(Args, Debug)]
pub struct DumpKernelsArgs {
    /// Output folder: one folder per case, and README.md with the summary table.
    #[arg(long, default_value = "results/kernels")]
    out: PathBuf,
    /// A wgpu backend (`cpu` dispatches no kernels).
    #[arg(long, value_enum, default_value_t = BackendChoice::Auto, env = "DPGPU_BACKEND")]
    backend: BackendChoice,
    /// Per-sample strategy of the FFNN cases.
    #[arg(long, value_enum, default_value_t = Strategy::Vectorized)]
    grad_sample: Strategy,
    /// DP kernels as dpgpu's fused WGSL shaders (on) or separate tensor operations (off).
    #[arg(long, value_enum, default_value_t = Fusion::On)]
    fusion: Fusion,
    /// Comma list of cases.
    #[arg(
        long,
        value_delimiter = ',',
        value_parser = PossibleValuesParser::new(CASES),
        default_value = "matvec_nograd,matvec_grad,ffnn_dp_bs100,ffnn_dp_bs20"
    )]
    cases: Vec<String>,
    /// Dump the one case given in this process (how dump-kernels runs each case).
    #[arg(long, hide = true)]
    child: bool,
}

/// Dumps every case, each in a fresh child process, and writes the summary.
pub fn run(args: DumpKernelsArgs) -> anyhow::Result<()> {
    let (backend, strategy, fusion) = (args.backend, args.grad_sample, args.fusion.is_on());
    if args.child {
        return run_child(&args, backend, strategy, fusion);
    }
    let dev = select(backend)?;
    if !dev.uses_wgsl_kernels() {
        let why =
            "a wgpu backend (--backend vulkan, metal, dx12 or gl): the cpu backend dispatches no kernels";
        return Err(dpgpu::Error::invalid("backend", dev.backend, why).into());
    }
    let exe = std::env::current_exe().context("locating the dpgpu executable")?;
    let mut dumps = Vec::new();
    for case in &args.cases {
        let dir = args.out.join(case);
        let status = Command::new(&exe)
            .args(["dump-kernels", "--child", "--cases", case, "--backend", dev.backend.name()])
            .args(["--grad-sample", strategy.name(), "--fusion", args.fusion.name(), "--out"])
            .arg(&dir)
            .status()
            .with_context(|| format!("starting {}", exe.display()))?;
        if !status.success() {
            anyhow::bail!("dumping case {case} failed ({status})");
        }
        let path = dir.join("dispatches.json");
        let bytes = std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
        let dump: CaseDump =
            serde_json::from_slice(&bytes).with_context(|| format!("parsing {}", path.display()))?;
        println!(
            "{case}: {} dispatches per step, {} kernel files",
            dump.dispatches.total,
            dump.kernel_files.len()
        );
        dumps.push(dump);
    }
    let summary = args.out.join("README.md");
    write_atomic(&summary, summary_markdown(&dumps).as_bytes())?;
    println!("wrote {}", summary.display());
    Ok(())
}

/// One case in this fresh process: CubeCL's compilation log goes to `<out>/compilation.log`
/// (set before the device opens), then the case is dumped.
fn run_child(
    args: &DumpKernelsArgs,
    backend: BackendChoice,
    strategy: Strategy,
    fusion: bool,
) -> anyhow::Result<()> {
    let [case] = args.cases.as_slice() else { anyhow::bail!("--child takes exactly one case") };
    std::fs::create_dir_all(&args.out)
        .map_err(|e| dpgpu::Error::Write { path: args.out.clone(), source: e })?;
    let log = args.out.join("compilation.log");
    let _ = std::fs::remove_file(&log);
    let mut config = CubeClRuntimeConfig::default();
    config.compilation.logger.level = CompilationLogLevel::Full;
    config.compilation.logger.file = Some(log.clone());
    if !CubeClRuntimeConfig::try_set(config) {
        anyhow::bail!("the CubeCL configuration was read before dump-kernels could set its compilation log");
    }
    let dev = select(backend)?;
    dump_case(case, &dev, strategy, fusion, &args.out, &log)?;
    Ok(())
}
