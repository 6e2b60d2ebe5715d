// ElemwiseFuse (5 dispatches per step under this name)
@group(0) @binding(1) var<storage, read_write> v9: array<vec2<f32>>;
@group(0) @binding(0) var<storage, read_write> v1: array<vec2<f32>>;
struct info_st { scalars_usize: array<u32, 4>, scalars_f32: array<f32, 2>, static_meta: array<u32, 6>, dynamic_meta: array<u32> }
@group(0) @binding(2) var<storage, read> info_var: info_st;
@compute @workgroup_size(8, 8, 1)
fn elemwise_fuse_45cbc1e5(@builtin(workgroup_id) v125: vec3<u32>, @builtin(num_workgroups) v127: vec3<u32>, @builtin(local_invocation_index) v134: u32) {
let v141 = &v9;
let v142 = &v1;
let v5 = u32(0);
let v7 = info_var.scalars_f32[0];
let v8 = info_var.scalars_f32[1];
let v10 = info_var.scalars_usize[2];
let v126 = v125[2];
let v103 = u32(v126);
let v128 = v127[1];
let v105 = u32(v128);
let v106 = v103 * v105;
let v129 = v127[0];
let v108 = u32(v129);
let v109 = v106 * v108;
let v130 = v125[1];
let v111 = u32(v130);
let v114 = v111 * v108;
let v115 = v109 + v114;
let v132 = v125[0];
let v117 = u32(v132);
let v118 = v115 + v117;
let v140 = u32(64);
let v121 = v118 * v140;
let v135 = v134;
let v123 = u32(v135);
let v124 = v121 + v123;
// Init locals begin
var<function> v88_store: array<u32, 2>= array<u32, 2>();
let v88 = &v88_store;
var<function> v89_store: array<u32, 2>= array<u32, 2>();
let v89 = &v89_store;
let v90 = info_var.static_meta[3];
let v92 = info_var.dynamic_meta[v90];
let v93 = info_var.static_meta[5];
let v95 = info_var.dynamic_meta[v93];
let v34 = &(*v88)[v5];
*v34 = v92;
let v35 = u32(1);
let v36 = v92 == v35;
let v38 = max(v95, v35);
let v39 = select(v95, v38, v36);
let v44 = &(*v89)[v5];
*v44 = v39;
let v97 = v90 + v35;
let v98 = info_var.dynamic_meta[v97];
let v100 = v93 + v35;
let v101 = info_var.dynamic_meta[v100];
let v55 = &(*v88)[v35];
*v55 = v98;
let v57 = v98 == v35;
let v59 = max(v101, v35);
let v60 = select(v101, v59, v57);
let v65 = &(*v89)[v35];
*v65 = v60;
// Init locals end
let v67 = v124 < v10;
if v67 {
// Fuse on write begin
let v72 = &(*v142)[v124];
let v73 = *v72;
let v74 = vec2<f32>(v7);
let v75 = v73 <= v74;
let v76 = vec2<u32>(v75);
let v77 = vec2<bool>(v76);
let v78 = vec2<f32>(v8);
let v79 = select(v73, v78, v77);
let v84 = &(*v141)[v124];
*v84 = v79;
// Fuse on write end

}
return;

}
