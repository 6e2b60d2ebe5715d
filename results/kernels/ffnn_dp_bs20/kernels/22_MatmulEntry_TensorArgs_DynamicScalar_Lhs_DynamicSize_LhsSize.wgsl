// MatmulEntry<TensorArgs, DynamicScalar<__Lhs>, DynamicSize<__LhsSize>, DynamicScalar<__Rhs>, DynamicSize<__RhsSize>, DynamicScalar<__Acc>, DynamicSize<__AccSize>, SimpleMatmulFamily<UnitPartitioner, (), SyncFullCyclicLoading<ColMajorTilingOrder>, SyncFullCyclicLoading<RowMajorTilingOrder>, SyncFullCyclicLoading<RowMajorTilingOrder>, UnitWriterFamily>, RowMajorGlobalPartitionMatmul> (5 dispatches per step under this name)
var<workgroup> shared_v151: array<vec2<f32>, 512>;
var<workgroup> shared_v165: array<vec2<f32>, 256>;
var<workgroup> shared_v188: array<vec2<f32>, 32>;
@group(0) @binding(2) var<storage, read_write> v29: array<vec2<f32>>;
@group(0) @binding(1) var<storage, read_write> v21: array<vec2<f32>>;
@group(0) @binding(0) var<storage, read_write> v9: array<vec2<f32>>;
struct info_st { scalars_usize: array<u32, 10>, scalars_u32: array<u32, 18>, static_meta: array<u32, 4> }
@group(0) @binding(3) var<storage, read> info_var: info_st;
@compute @workgroup_size(8, 2, 1)
fn matmul_entry_lhs_f32_lhs_size_2_rhs_f32_rhs_size_2_acc_f32_acc_size_2_f3b0a8de(@builtin(workgroup_id) v19266: vec3<u32>, @builtin(local_invocation_id) v19268: vec3<u32>) {
let v20193 = &v29;
let v20194 = &v21;
let v20195 = &v9;
let v1 = info_var.scalars_u32[0];
let v2 = info_var.scalars_u32[1];
let v3 = info_var.scalars_u32[2];
let v4 = info_var.scalars_usize[0];
let v5 = info_var.scalars_u32[3];
let v6 = info_var.scalars_u32[4];
let v7 = info_var.scalars_usize[1];
let v8 = info_var.scalars_usize[2];
let v18480 = info_var.static_meta[0];
let v11 = u32(0);
let v13 = info_var.scalars_u32[5];
let v14 = info_var.scalars_u32[6];
let v15 = info_var.scalars_u32[7];
let v16 = info_var.scalars_usize[3];
let v17 = info_var.scalars_u32[8];
let v18 = info_var.scalars_u32[9];
let v19 = info_var.scalars_usize[4];
let v20 = info_var.scalars_usize[5];
let v18481 = info_var.static_meta[1];
let v25 = info_var.scalars_u32[10];
let v26 = info_var.scalars_u32[11];
let v27 = info_var.scalars_usize[6];
let v28 = info_var.scalars_usize[7];
let v18482 = info_var.static_meta[2];
let v33 = info_var.scalars_u32[12];
let v34 = info_var.scalars_u32[13];
let v35 = info_var.scalars_u32[14];
let v36 = info_var.scalars_usize[8];
let v37 = info_var.scalars_u32[15];
let v38 = info_var.scalars_u32[16];
let v19267 = v19266[0];
let v45 = u32(v19267);
let v46 = v37 * v38;
let v47 = u32(v46);
let v48 = v45 / v47;
let v49 = v45 % v47;
let v50 = u32(v38);
let v51 = v49 / v50;
let v52 = u32(v51);
let v53 = u32(v49);
let v54 = v53 % v38;
let v55 = u32(v48);
let v56 = u32(1);
let v58 = u32(64);
let v59 = v52 * v58;
let v62 = u32(32);
let v63 = v54 * v62;
let v68 = u32(0);
let v82 = u32(v55);
let v83 = u32(v82);
var<function> v18483_store: u32;
let v18483 = &v18483_store;
*v18483 = v83;
var<function> v18484_store: u32;
let v18484 = &v18484_store;
*v18484 = v11;
let v88 = *v18483;
let v18485 = u64(32);
let v18486 = u64(v88);
let v18487 = u64(v2);
let v18488 = v18486 * v18487;
let v18489 = v18488 >> u32(v18485);
let v18490 = u32(bitcast<u64>(v18489));
let v91 = v18490 + v88;
let v92 = v91 >> u32(v3);
let v93 = v92 * v1;
let v95 = v88 - v93;
*v18483 = v92;
let v96 = u32(v95);
let v97 = v96 * v4;
let v98 = *v18484;
let v99 = v98 + v97;
*v18484 = v99;
var<function> v18491_store: u32;
let v18491 = &v18491_store;
*v18491 = v83;
var<function> v18492_store: u32;
let v18492 = &v18492_store;
*v18492 = v11;
let v108 = *v18491;
let v18494 = u64(v108);
let v18495 = u64(v14);
let v18496 = v18494 * v18495;
let v18497 = v18496 >> u32(v18485);
let v18498 = u32(bitcast<u64>(v18497));
let v111 = v18498 + v108;
let v112 = v111 >> u32(v15);
let v113 = v112 * v13;
let v115 = v108 - v113;
*v18491 = v112;
let v116 = u32(v115);
let v117 = v116 * v16;
let v118 = *v18492;
let v119 = v118 + v117;
*v18492 = v119;
var<function> v18499_store: u32;
let v18499 = &v18499_store;
*v18499 = v83;
var<function> v18500_store: u32;
let v18500 = &v18500_store;
*v18500 = v11;
let v129 = *v18499;
let v18502 = u64(v129);
let v18503 = u64(v34);
let v18504 = v18502 * v18503;
let v18505 = v18504 >> u32(v18485);
let v18506 = u32(bitcast<u64>(v18505));
let v132 = v18506 + v129;
let v133 = v132 >> u32(v35);
let v134 = v133 * v33;
let v136 = v129 - v134;
*v18499 = v133;
let v137 = u32(v136);
let v138 = v137 * v36;
let v139 = *v18500;
let v140 = v139 + v138;
*v18500 = v140;
let v143 = min(v59, v5);
let v146 = v5 - v143;
let v149 = min(v58, v146);
let v18507 = &shared_v151;
var<function> v18508_store: u32;
let v18508 = &v18508_store;
*v18508 = v68;
let v159 = min(v63, v18);
let v161 = v18 - v159;
let v162 = min(v6, v17);
let v164 = min(v62, v161);
let v18509 = &shared_v165;
var<function> v18510_store: u32;
let v18510 = &v18510_store;
*v18510 = v68;
let v171 = min(v59, v25);
let v172 = min(v63, v26);
let v19269 = v19268[1];
let v19270 = v19268[0];
let v181 = u32(8);
let v182 = v181 * v19269;
let v183 = v19270 + v182;
let v184 = u32(4);
let v185 = v183 / v184;
let v187 = v183 % v184;
let v18511 = &shared_v188;
let v193 = v185 * v184;
let v194 = v193 + v187;
let v196 = v184 * v194;
let v197 = u32(2);
let v198 = v196 / v197;
let v215 = v198 + v197;
let v216 = u32(16);
var<function> v18512_store: u32;
let v18512 = &v18512_store;
*v18512 = v216;
var<function> v18513_store: u32;
let v18513 = &v18513_store;
*v18513 = v149;
var<function> v18514_store: u32;
let v18514 = &v18514_store;
*v18514 = v216;
var<function> v18515_store: u32;
let v18515 = &v18515_store;
*v18515 = v68;
var<function> v18516_store: u32;
let v18516 = &v18516_store;
*v18516 = v216;
var<function> v18517_store: u32;
let v18517 = &v18517_store;
*v18517 = v216;
var<function> v18518_store: u32;
let v18518 = &v18518_store;
*v18518 = v164;
var<function> v18519_store: u32;
let v18519 = &v18519_store;
*v18519 = v68;
var<function> v18520_store: u32;
let v18520 = &v18520_store;
*v18520 = v198;
var<function> v18521_store: u32;
let v18521 = &v18521_store;
*v18521 = v215;
var<function> v18522_store: u32;
let v18522 = &v18522_store;
*v18522 = v197;
let v244 = v6 + v216;
let v246 = v244 - v56;
let v248 = v246 / v216;
var<function> v18523_store: array<f32, 4>= array<f32, 4>();
let v18523 = &v18523_store;
let v251 = u32(4);
var<function> v18524_store: array<f32, 4>= array<f32, 4>();
let v18524 = &v18524_store;
var<function> v18525_store: array<f32, 4>= array<f32, 4>();
let v18525 = &v18525_store;
var<function> v18526_store: array<f32, 4>= array<f32, 4>();
let v18526 = &v18526_store;
var<function> v18527_store: array<f32, 4>= array<f32, 4>();
let v18527 = &v18527_store;
var<function> v18528_store: array<f32, 4>= array<f32, 4>();
let v18528 = &v18528_store;
var<function> v18529_store: array<f32, 4>= array<f32, 4>();
let v18529 = &v18529_store;
var<function> v18530_store: array<f32, 4>= array<f32, 4>();
let v18530 = &v18530_store;
var<function> v18531_store: array<f32, 4>= array<f32, 4>();
let v18531 = &v18531_store;
var<function> v18532_store: array<f32, 4>= array<f32, 4>();
let v18532 = &v18532_store;
var<function> v18533_store: array<f32, 4>= array<f32, 4>();
let v18533 = &v18533_store;
var<function> v18534_store: array<f32, 4>= array<f32, 4>();
let v18534 = &v18534_store;
var<function> v18535_store: array<f32, 4>= array<f32, 4>();
let v18535 = &v18535_store;
var<function> v18536_store: array<f32, 4>= array<f32, 4>();
let v18536 = &v18536_store;
var<function> v18537_store: array<f32, 4>= array<f32, 4>();
let v18537 = &v18537_store;
var<function> v18538_store: array<f32, 4>= array<f32, 4>();
let v18538 = &v18538_store;
var<function> v18539_store: array<f32, 4>= array<f32, 4>();
let v18539 = &v18539_store;
var<function> v18540_store: array<f32, 4>= array<f32, 4>();
let v18540 = &v18540_store;
var<function> v18541_store: array<f32, 4>= array<f32, 4>();
let v18541 = &v18541_store;
var<function> v18542_store: array<f32, 4>= array<f32, 4>();
let v18542 = &v18542_store;
var<function> v18543_store: array<f32, 4>= array<f32, 4>();
let v18543 = &v18543_store;
var<function> v18544_store: array<f32, 4>= array<f32, 4>();
let v18544 = &v18544_store;
var<function> v18545_store: array<f32, 4>= array<f32, 4>();
let v18545 = &v18545_store;
var<function> v18546_store: array<f32, 4>= array<f32, 4>();
let v18546 = &v18546_store;
var<function> v18547_store: array<f32, 4>= array<f32, 4>();
let v18547 = &v18547_store;
var<function> v18548_store: array<f32, 4>= array<f32, 4>();
let v18548 = &v18548_store;
var<function> v18549_store: array<f32, 4>= array<f32, 4>();
let v18549 = &v18549_store;
var<function> v18550_store: array<f32, 4>= array<f32, 4>();
let v18550 = &v18550_store;
var<function> v18551_store: array<f32, 4>= array<f32, 4>();
let v18551 = &v18551_store;
var<function> v18552_store: array<f32, 4>= array<f32, 4>();
let v18552 = &v18552_store;
var<function> v18553_store: array<f32, 4>= array<f32, 4>();
let v18553 = &v18553_store;
var<function> v18554_store: array<f32, 4>= array<f32, 4>();
let v18554 = &v18554_store;
var<function> v18555_store: array<f32, 4>= array<f32, 4>();
let v18555 = &v18555_store;
var<function> v18556_store: array<f32, 4>= array<f32, 4>();
let v18556 = &v18556_store;
var<function> v18557_store: array<f32, 4>= array<f32, 4>();
let v18557 = &v18557_store;
var<function> v18558_store: array<f32, 4>= array<f32, 4>();
let v18558 = &v18558_store;
var<function> v18559_store: array<f32, 4>= array<f32, 4>();
let v18559 = &v18559_store;
var<function> v18560_store: array<f32, 4>= array<f32, 4>();
let v18560 = &v18560_store;
var<function> v18561_store: array<f32, 4>= array<f32, 4>();
let v18561 = &v18561_store;
var<function> v18562_store: array<f32, 4>= array<f32, 4>();
let v18562 = &v18562_store;
var<function> v18563_store: array<f32, 4>= array<f32, 4>();
let v18563 = &v18563_store;
var<function> v18564_store: array<f32, 4>= array<f32, 4>();
let v18564 = &v18564_store;
var<function> v18565_store: array<f32, 4>= array<f32, 4>();
let v18565 = &v18565_store;
var<function> v18566_store: array<f32, 4>= array<f32, 4>();
let v18566 = &v18566_store;
var<function> v18567_store: array<f32, 4>= array<f32, 4>();
let v18567 = &v18567_store;
var<function> v18568_store: array<f32, 4>= array<f32, 4>();
let v18568 = &v18568_store;
var<function> v18569_store: array<f32, 4>= array<f32, 4>();
let v18569 = &v18569_store;
var<function> v18570_store: array<f32, 4>= array<f32, 4>();
let v18570 = &v18570_store;
let v451 = v185 * v216;
let v453 = v187 * v197;
for(var v464: u32 = v68; v464 < v184; v464 += v56) {
let v466 = u32(v464);
let v470 = &(*v18523)[v466];
let v471 = f32(0.0);
*v470 = v471;

}
let v473 = v56 + v453;
for(var v477: u32 = v68; v477 < v184; v477 += v56) {
let v479 = u32(v477);
let v483 = &(*v18524)[v479];
let v484 = f32(0.0);
*v483 = v484;

}
let v486 = v56 + v451;
for(var v492: u32 = v68; v492 < v184; v492 += v56) {
let v494 = u32(v492);
let v498 = &(*v18525)[v494];
let v499 = f32(0.0);
*v498 = v499;

}
for(var v505: u32 = v68; v505 < v184; v505 += v56) {
let v507 = u32(v505);
let v511 = &(*v18526)[v507];
let v512 = f32(0.0);
*v511 = v512;

}
let v514 = v197 + v451;
for(var v520: u32 = v68; v520 < v184; v520 += v56) {
let v522 = u32(v520);
let v526 = &(*v18527)[v522];
let v527 = f32(0.0);
*v526 = v527;

}
for(var v533: u32 = v68; v533 < v184; v533 += v56) {
let v535 = u32(v533);
let v539 = &(*v18528)[v535];
let v540 = f32(0.0);
*v539 = v540;

}
let v541 = u32(3);
let v542 = v541 + v451;
for(var v548: u32 = v68; v548 < v184; v548 += v56) {
let v550 = u32(v548);
let v554 = &(*v18529)[v550];
let v555 = f32(0.0);
*v554 = v555;

}
for(var v561: u32 = v68; v561 < v184; v561 += v56) {
let v563 = u32(v561);
let v567 = &(*v18530)[v563];
let v568 = f32(0.0);
*v567 = v568;

}
let v570 = v184 + v451;
for(var v576: u32 = v68; v576 < v184; v576 += v56) {
let v578 = u32(v576);
let v582 = &(*v18531)[v578];
let v583 = f32(0.0);
*v582 = v583;

}
for(var v589: u32 = v68; v589 < v184; v589 += v56) {
let v591 = u32(v589);
let v595 = &(*v18532)[v591];
let v596 = f32(0.0);
*v595 = v596;

}
let v597 = u32(5);
let v598 = v597 + v451;
for(var v604: u32 = v68; v604 < v184; v604 += v56) {
let v606 = u32(v604);
let v610 = &(*v18533)[v606];
let v611 = f32(0.0);
*v610 = v611;

}
for(var v617: u32 = v68; v617 < v184; v617 += v56) {
let v619 = u32(v617);
let v623 = &(*v18534)[v619];
let v624 = f32(0.0);
*v623 = v624;

}
let v625 = u32(6);
let v626 = v625 + v451;
for(var v632: u32 = v68; v632 < v184; v632 += v56) {
let v634 = u32(v632);
let v638 = &(*v18535)[v634];
let v639 = f32(0.0);
*v638 = v639;

}
for(var v645: u32 = v68; v645 < v184; v645 += v56) {
let v647 = u32(v645);
let v651 = &(*v18536)[v647];
let v652 = f32(0.0);
*v651 = v652;

}
let v653 = u32(7);
let v654 = v653 + v451;
for(var v660: u32 = v68; v660 < v184; v660 += v56) {
let v662 = u32(v660);
let v666 = &(*v18537)[v662];
let v667 = f32(0.0);
*v666 = v667;

}
for(var v673: u32 = v68; v673 < v184; v673 += v56) {
let v675 = u32(v673);
let v679 = &(*v18538)[v675];
let v680 = f32(0.0);
*v679 = v680;

}
let v682 = v181 + v451;
for(var v688: u32 = v68; v688 < v184; v688 += v56) {
let v690 = u32(v688);
let v694 = &(*v18539)[v690];
let v695 = f32(0.0);
*v694 = v695;

}
for(var v701: u32 = v68; v701 < v184; v701 += v56) {
let v703 = u32(v701);
let v707 = &(*v18540)[v703];
let v708 = f32(0.0);
*v707 = v708;

}
let v709 = u32(9);
let v710 = v709 + v451;
for(var v716: u32 = v68; v716 < v184; v716 += v56) {
let v718 = u32(v716);
let v722 = &(*v18541)[v718];
let v723 = f32(0.0);
*v722 = v723;

}
for(var v729: u32 = v68; v729 < v184; v729 += v56) {
let v731 = u32(v729);
let v735 = &(*v18542)[v731];
let v736 = f32(0.0);
*v735 = v736;

}
let v737 = u32(10);
let v738 = v737 + v451;
for(var v744: u32 = v68; v744 < v184; v744 += v56) {
let v746 = u32(v744);
let v750 = &(*v18543)[v746];
let v751 = f32(0.0);
*v750 = v751;

}
for(var v757: u32 = v68; v757 < v184; v757 += v56) {
let v759 = u32(v757);
let v763 = &(*v18544)[v759];
let v764 = f32(0.0);
*v763 = v764;

}
let v765 = u32(11);
let v766 = v765 + v451;
for(var v772: u32 = v68; v772 < v184; v772 += v56) {
let v774 = u32(v772);
let v778 = &(*v18545)[v774];
let v779 = f32(0.0);
*v778 = v779;

}
for(var v785: u32 = v68; v785 < v184; v785 += v56) {
let v787 = u32(v785);
let v791 = &(*v18546)[v787];
let v792 = f32(0.0);
*v791 = v792;

}
let v793 = u32(12);
let v794 = v793 + v451;
for(var v800: u32 = v68; v800 < v184; v800 += v56) {
let v802 = u32(v800);
let v806 = &(*v18547)[v802];
let v807 = f32(0.0);
*v806 = v807;

}
for(var v813: u32 = v68; v813 < v184; v813 += v56) {
let v815 = u32(v813);
let v819 = &(*v18548)[v815];
let v820 = f32(0.0);
*v819 = v820;

}
let v821 = u32(13);
let v822 = v821 + v451;
for(var v828: u32 = v68; v828 < v184; v828 += v56) {
let v830 = u32(v828);
let v834 = &(*v18549)[v830];
let v835 = f32(0.0);
*v834 = v835;

}
for(var v841: u32 = v68; v841 < v184; v841 += v56) {
let v843 = u32(v841);
let v847 = &(*v18550)[v843];
let v848 = f32(0.0);
*v847 = v848;

}
let v849 = u32(14);
let v850 = v849 + v451;
for(var v856: u32 = v68; v856 < v184; v856 += v56) {
let v858 = u32(v856);
let v862 = &(*v18551)[v858];
let v863 = f32(0.0);
*v862 = v863;

}
for(var v869: u32 = v68; v869 < v184; v869 += v56) {
let v871 = u32(v869);
let v875 = &(*v18552)[v871];
let v876 = f32(0.0);
*v875 = v876;

}
let v877 = u32(15);
let v878 = v877 + v451;
for(var v884: u32 = v68; v884 < v184; v884 += v56) {
let v886 = u32(v884);
let v890 = &(*v18553)[v886];
let v891 = f32(0.0);
*v890 = v891;

}
for(var v897: u32 = v68; v897 < v184; v897 += v56) {
let v899 = u32(v897);
let v903 = &(*v18554)[v899];
let v904 = f32(0.0);
*v903 = v904;

}
let v906 = u32(512);
let v921 = u32(256);
var<function> v18603_store: array<f32, 16>= array<f32, 16>();
let v18603 = &v18603_store;
for(var v941: u32 = v68; v941 < v248; v941 += v56) {
workgroupBarrier();
let v945 = v19269 * v181;
let v947 = v945 + v19270;
let v949 = v947 * v197;
var<function> v18605_store: u32;
let v18605 = &v18605_store;
*v18605 = v949;
let v954 = *v18605;
let v957 = v954 / v184;
let v959 = v954 % v184;
let v960 = *v18508;
let v964 = min(v960, v6);
let v972 = v957 % v58;
let v974 = v957 / v58;
let v975 = *v18515;
let v977 = v975 * v906;
let v978 = u32(v977);
let v993 = v974 * v184;
let v995 = v959 / v184;
let v997 = v959 % v184;
let v998 = v972 + v995;
let v999 = v993 + v997;
let v1000 = i32(0);
let v1001 = vec2<i32>(v1000);
let v1002 = vec2<f32>(v1001);
// is_in_bounds
// is_in_bounds_end
let v1004 = v964 + v999;
// is_in_bounds
// is_in_bounds_end
let v1008 = v143 + v998;
let v1018 = u32(v1008);
let v1019 = v1018 * v7;
let v1020 = *v18484;
let v1021 = v1020 + v1019;
let v1022 = u32(v1004);
let v1023 = v1022 * v8;
let v1024 = v1021 + v1023;
let v1025 = u32(2);
let v1026 = v1024 / v1025;
let v1027 = v1008 < v5;
let v1028 = v1004 < v6;
let v1029 = v1027 && v1028;
let v1034 = v1026 < v18480;
let v1038 = u32(v1034);
let v1039 = v1026 * v1038;
let v1043 = &(*v20195)[v1039];
let v1044 = *v1043;
let v1045 = vec2<bool>(v1034);
let v1046 = select(v1002, v1044, v1045);
let v1047 = vec2<bool>(v1029);
let v1048 = select(v1002, v1046, v1047);
let v1049 = u32(v954);
let v1051 = v1049 / v1025;
let v1054 = v978 + v1051;
let v1055 = &(*v18507)[v1054];
*v1055 = v1048;
let v1060 = v954 + v62;
let v1062 = v1060 / v184;
let v1064 = v1060 % v184;
let v1077 = v1062 % v58;
let v1079 = v1062 / v58;
let v1098 = v1079 * v184;
let v1100 = v1064 / v184;
let v1102 = v1064 % v184;
let v1103 = v1077 + v1100;
let v1104 = v1098 + v1102;
// is_in_bounds
// is_in_bounds_end
let v1109 = v964 + v1104;
// is_in_bounds
// is_in_bounds_end
let v1113 = v143 + v1103;
let v1123 = u32(v1113);
let v1124 = v1123 * v7;
let v1126 = v1020 + v1124;
let v1127 = u32(v1109);
let v1128 = v1127 * v8;
let v1129 = v1126 + v1128;
let v1131 = v1129 / v1025;
let v1132 = v1113 < v5;
let v1133 = v1109 < v6;
let v1134 = v1132 && v1133;
let v1139 = v1131 < v18480;
let v1143 = u32(v1139);
let v1144 = v1131 * v1143;
let v1148 = &(*v20195)[v1144];
let v1149 = *v1148;
let v1150 = vec2<bool>(v1139);
let v1151 = select(v1002, v1149, v1150);
let v1152 = vec2<bool>(v1134);
let v1153 = select(v1002, v1151, v1152);
let v1154 = u32(v1060);
let v1156 = v1154 / v1025;
let v1159 = v978 + v1156;
let v1160 = &(*v18507)[v1159];
*v1160 = v1153;
let v1165 = v954 + v58;
let v1167 = v1165 / v184;
let v1169 = v1165 % v184;
let v1182 = v1167 % v58;
let v1184 = v1167 / v58;
let v1203 = v1184 * v184;
let v1205 = v1169 / v184;
let v1207 = v1169 % v184;
let v1208 = v1182 + v1205;
let v1209 = v1203 + v1207;
// is_in_bounds
// is_in_bounds_end
let v1214 = v964 + v1209;
// is_in_bounds
// is_in_bounds_end
let v1218 = v143 + v1208;
let v1228 = u32(v1218);
let v1229 = v1228 * v7;
let v1231 = v1020 + v1229;
let v1232 = u32(v1214);
let v1233 = v1232 * v8;
let v1234 = v1231 + v1233;
let v1236 = v1234 / v1025;
let v1237 = v1218 < v5;
let v1238 = v1214 < v6;
let v1239 = v1237 && v1238;
let v1244 = v1236 < v18480;
let v1248 = u32(v1244);
let v1249 = v1236 * v1248;
let v1253 = &(*v20195)[v1249];
let v1254 = *v1253;
let v1255 = vec2<bool>(v1244);
let v1256 = select(v1002, v1254, v1255);
let v1257 = vec2<bool>(v1239);
let v1258 = select(v1002, v1256, v1257);
let v1259 = u32(v1165);
let v1261 = v1259 / v1025;
let v1264 = v978 + v1261;
let v1265 = &(*v18507)[v1264];
*v1265 = v1258;
let v19575 = u32(96);
let v1270 = v954 + v19575;
let v1272 = v1270 / v184;
let v1274 = v1270 % v184;
let v1287 = v1272 % v58;
let v1289 = v1272 / v58;
let v1308 = v1289 * v184;
let v1310 = v1274 / v184;
let v1312 = v1274 % v184;
let v1313 = v1287 + v1310;
let v1314 = v1308 + v1312;
// is_in_bounds
// is_in_bounds_end
let v1319 = v964 + v1314;
// is_in_bounds
// is_in_bounds_end
let v1323 = v143 + v1313;
let v1333 = u32(v1323);
let v1334 = v1333 * v7;
let v1336 = v1020 + v1334;
let v1337 = u32(v1319);
let v1338 = v1337 * v8;
let v1339 = v1336 + v1338;
let v1341 = v1339 / v1025;
let v1342 = v1323 < v5;
let v1343 = v1319 < v6;
let v1344 = v1342 && v1343;
let v1349 = v1341 < v18480;
let v1353 = u32(v1349);
let v1354 = v1341 * v1353;
let v1358 = &(*v20195)[v1354];
let v1359 = *v1358;
let v1360 = vec2<bool>(v1349);
let v1361 = select(v1002, v1359, v1360);
let v1362 = vec2<bool>(v1344);
let v1363 = select(v1002, v1361, v1362);
let v1364 = u32(v1270);
let v1366 = v1364 / v1025;
let v1369 = v978 + v1366;
let v1370 = &(*v18507)[v1369];
*v1370 = v1363;
let v19572 = u32(128);
let v1375 = v954 + v19572;
let v1377 = v1375 / v184;
let v1379 = v1375 % v184;
let v1392 = v1377 % v58;
let v1394 = v1377 / v58;
let v1413 = v1394 * v184;
let v1415 = v1379 / v184;
let v1417 = v1379 % v184;
let v1418 = v1392 + v1415;
let v1419 = v1413 + v1417;
// is_in_bounds
// is_in_bounds_end
let v1424 = v964 + v1419;
// is_in_bounds
// is_in_bounds_end
let v1428 = v143 + v1418;
let v1438 = u32(v1428);
let v1439 = v1438 * v7;
let v1441 = v1020 + v1439;
let v1442 = u32(v1424);
let v1443 = v1442 * v8;
let v1444 = v1441 + v1443;
let v1446 = v1444 / v1025;
let v1447 = v1428 < v5;
let v1448 = v1424 < v6;
let v1449 = v1447 && v1448;
let v1454 = v1446 < v18480;
let v1458 = u32(v1454);
let v1459 = v1446 * v1458;
let v1463 = &(*v20195)[v1459];
let v1464 = *v1463;
let v1465 = vec2<bool>(v1454);
let v1466 = select(v1002, v1464, v1465);
let v1467 = vec2<bool>(v1449);
let v1468 = select(v1002, v1466, v1467);
let v1469 = u32(v1375);
let v1471 = v1469 / v1025;
let v1474 = v978 + v1471;
let v1475 = &(*v18507)[v1474];
*v1475 = v1468;
let v19569 = u32(160);
let v1480 = v954 + v19569;
let v1482 = v1480 / v184;
let v1484 = v1480 % v184;
let v1497 = v1482 % v58;
let v1499 = v1482 / v58;
let v1518 = v1499 * v184;
let v1520 = v1484 / v184;
let v1522 = v1484 % v184;
let v1523 = v1497 + v1520;
let v1524 = v1518 + v1522;
// is_in_bounds
// is_in_bounds_end
let v1529 = v964 + v1524;
// is_in_bounds
// is_in_bounds_end
let v1533 = v143 + v1523;
let v1543 = u32(v1533);
let v1544 = v1543 * v7;
let v1546 = v1020 + v1544;
let v1547 = u32(v1529);
let v1548 = v1547 * v8;
let v1549 = v1546 + v1548;
let v1551 = v1549 / v1025;
let v1552 = v1533 < v5;
let v1553 = v1529 < v6;
let v1554 = v1552 && v1553;
let v1559 = v1551 < v18480;
let v1563 = u32(v1559);
let v1564 = v1551 * v1563;
let v1568 = &(*v20195)[v1564];
let v1569 = *v1568;
let v1570 = vec2<bool>(v1559);
let v1571 = select(v1002, v1569, v1570);
let v1572 = vec2<bool>(v1554);
let v1573 = select(v1002, v1571, v1572);
let v1574 = u32(v1480);
let v1576 = v1574 / v1025;
let v1579 = v978 + v1576;
let v1580 = &(*v18507)[v1579];
*v1580 = v1573;
let v19566 = u32(192);
let v1585 = v954 + v19566;
let v1587 = v1585 / v184;
let v1589 = v1585 % v184;
let v1602 = v1587 % v58;
let v1604 = v1587 / v58;
let v1623 = v1604 * v184;
let v1625 = v1589 / v184;
let v1627 = v1589 % v184;
let v1628 = v1602 + v1625;
let v1629 = v1623 + v1627;
// is_in_bounds
// is_in_bounds_end
let v1634 = v964 + v1629;
// is_in_bounds
// is_in_bounds_end
let v1638 = v143 + v1628;
let v1648 = u32(v1638);
let v1649 = v1648 * v7;
let v1651 = v1020 + v1649;
let v1652 = u32(v1634);
let v1653 = v1652 * v8;
let v1654 = v1651 + v1653;
let v1656 = v1654 / v1025;
let v1657 = v1638 < v5;
let v1658 = v1634 < v6;
let v1659 = v1657 && v1658;
let v1664 = v1656 < v18480;
let v1668 = u32(v1664);
let v1669 = v1656 * v1668;
let v1673 = &(*v20195)[v1669];
let v1674 = *v1673;
let v1675 = vec2<bool>(v1664);
let v1676 = select(v1002, v1674, v1675);
let v1677 = vec2<bool>(v1659);
let v1678 = select(v1002, v1676, v1677);
let v1679 = u32(v1585);
let v1681 = v1679 / v1025;
let v1684 = v978 + v1681;
let v1685 = &(*v18507)[v1684];
*v1685 = v1678;
let v19563 = u32(224);
let v1690 = v954 + v19563;
let v1692 = v1690 / v184;
let v1694 = v1690 % v184;
let v1707 = v1692 % v58;
let v1709 = v1692 / v58;
let v1728 = v1709 * v184;
let v1730 = v1694 / v184;
let v1732 = v1694 % v184;
let v1733 = v1707 + v1730;
let v1734 = v1728 + v1732;
// is_in_bounds
// is_in_bounds_end
let v1739 = v964 + v1734;
// is_in_bounds
// is_in_bounds_end
let v1743 = v143 + v1733;
let v1753 = u32(v1743);
let v1754 = v1753 * v7;
let v1756 = v1020 + v1754;
let v1757 = u32(v1739);
let v1758 = v1757 * v8;
let v1759 = v1756 + v1758;
let v1761 = v1759 / v1025;
let v1762 = v1743 < v5;
let v1763 = v1739 < v6;
let v1764 = v1762 && v1763;
let v1769 = v1761 < v18480;
let v1773 = u32(v1769);
let v1774 = v1761 * v1773;
let v1778 = &(*v20195)[v1774];
let v1779 = *v1778;
let v1780 = vec2<bool>(v1769);
let v1781 = select(v1002, v1779, v1780);
let v1782 = vec2<bool>(v1764);
let v1783 = select(v1002, v1781, v1782);
let v1784 = u32(v1690);
let v1786 = v1784 / v1025;
let v1789 = v978 + v1786;
let v1790 = &(*v18507)[v1789];
*v1790 = v1783;
let v1795 = v954 + v921;
let v1797 = v1795 / v184;
let v1799 = v1795 % v184;
let v1812 = v1797 % v58;
let v1814 = v1797 / v58;
let v1833 = v1814 * v184;
let v1835 = v1799 / v184;
let v1837 = v1799 % v184;
let v1838 = v1812 + v1835;
let v1839 = v1833 + v1837;
// is_in_bounds
// is_in_bounds_end
let v1844 = v964 + v1839;
// is_in_bounds
// is_in_bounds_end
let v1848 = v143 + v1838;
let v1858 = u32(v1848);
let v1859 = v1858 * v7;
let v1861 = v1020 + v1859;
let v1862 = u32(v1844);
let v1863 = v1862 * v8;
let v1864 = v1861 + v1863;
let v1866 = v1864 / v1025;
let v1867 = v1848 < v5;
let v1868 = v1844 < v6;
let v1869 = v1867 && v1868;
let v1874 = v1866 < v18480;
let v1878 = u32(v1874);
let v1879 = v1866 * v1878;
let v1883 = &(*v20195)[v1879];
let v1884 = *v1883;
let v1885 = vec2<bool>(v1874);
let v1886 = select(v1002, v1884, v1885);
let v1887 = vec2<bool>(v1869);
let v1888 = select(v1002, v1886, v1887);
let v1889 = u32(v1795);
let v1891 = v1889 / v1025;
let v1894 = v978 + v1891;
let v1895 = &(*v18507)[v1894];
*v1895 = v1888;
let v19557 = u32(288);
let v1900 = v954 + v19557;
let v1902 = v1900 / v184;
let v1904 = v1900 % v184;
let v1917 = v1902 % v58;
let v1919 = v1902 / v58;
let v1938 = v1919 * v184;
let v1940 = v1904 / v184;
let v1942 = v1904 % v184;
let v1943 = v1917 + v1940;
let v1944 = v1938 + v1942;
// is_in_bounds
// is_in_bounds_end
let v1949 = v964 + v1944;
// is_in_bounds
// is_in_bounds_end
let v1953 = v143 + v1943;
let v1963 = u32(v1953);
let v1964 = v1963 * v7;
let v1966 = v1020 + v1964;
let v1967 = u32(v1949);
let v1968 = v1967 * v8;
let v1969 = v1966 + v1968;
let v1971 = v1969 / v1025;
let v1972 = v1953 < v5;
let v1973 = v1949 < v6;
let v1974 = v1972 && v1973;
let v1979 = v1971 < v18480;
let v1983 = u32(v1979);
let v1984 = v1971 * v1983;
let v1988 = &(*v20195)[v1984];
let v1989 = *v1988;
let v1990 = vec2<bool>(v1979);
let v1991 = select(v1002, v1989, v1990);
let v1992 = vec2<bool>(v1974);
let v1993 = select(v1002, v1991, v1992);
let v1994 = u32(v1900);
let v1996 = v1994 / v1025;
let v1999 = v978 + v1996;
let v2000 = &(*v18507)[v1999];
*v2000 = v1993;
let v19554 = u32(320);
let v2005 = v954 + v19554;
let v2007 = v2005 / v184;
let v2009 = v2005 % v184;
let v2022 = v2007 % v58;
let v2024 = v2007 / v58;
let v2043 = v2024 * v184;
let v2045 = v2009 / v184;
let v2047 = v2009 % v184;
let v2048 = v2022 + v2045;
let v2049 = v2043 + v2047;
// is_in_bounds
// is_in_bounds_end
let v2054 = v964 + v2049;
// is_in_bounds
// is_in_bounds_end
let v2058 = v143 + v2048;
let v2068 = u32(v2058);
let v2069 = v2068 * v7;
let v2071 = v1020 + v2069;
let v2072 = u32(v2054);
let v2073 = v2072 * v8;
let v2074 = v2071 + v2073;
let v2076 = v2074 / v1025;
let v2077 = v2058 < v5;
let v2078 = v2054 < v6;
let v2079 = v2077 && v2078;
let v2084 = v2076 < v18480;
let v2088 = u32(v2084);
let v2089 = v2076 * v2088;
let v2093 = &(*v20195)[v2089];
let v2094 = *v2093;
let v2095 = vec2<bool>(v2084);
let v2096 = select(v1002, v2094, v2095);
let v2097 = vec2<bool>(v2079);
let v2098 = select(v1002, v2096, v2097);
let v2099 = u32(v2005);
let v2101 = v2099 / v1025;
let v2104 = v978 + v2101;
let v2105 = &(*v18507)[v2104];
*v2105 = v2098;
let v19551 = u32(352);
let v2110 = v954 + v19551;
let v2112 = v2110 / v184;
let v2114 = v2110 % v184;
let v2127 = v2112 % v58;
let v2129 = v2112 / v58;
let v2148 = v2129 * v184;
let v2150 = v2114 / v184;
let v2152 = v2114 % v184;
let v2153 = v2127 + v2150;
let v2154 = v2148 + v2152;
// is_in_bounds
// is_in_bounds_end
let v2159 = v964 + v2154;
// is_in_bounds
// is_in_bounds_end
let v2163 = v143 + v2153;
let v2173 = u32(v2163);
let v2174 = v2173 * v7;
let v2176 = v1020 + v2174;
let v2177 = u32(v2159);
let v2178 = v2177 * v8;
let v2179 = v2176 + v2178;
let v2181 = v2179 / v1025;
let v2182 = v2163 < v5;
let v2183 = v2159 < v6;
let v2184 = v2182 && v2183;
let v2189 = v2181 < v18480;
let v2193 = u32(v2189);
let v2194 = v2181 * v2193;
let v2198 = &(*v20195)[v2194];
let v2199 = *v2198;
let v2200 = vec2<bool>(v2189);
let v2201 = select(v1002, v2199, v2200);
let v2202 = vec2<bool>(v2184);
let v2203 = select(v1002, v2201, v2202);
let v2204 = u32(v2110);
let v2206 = v2204 / v1025;
let v2209 = v978 + v2206;
let v2210 = &(*v18507)[v2209];
*v2210 = v2203;
let v19548 = u32(384);
let v2215 = v954 + v19548;
let v2217 = v2215 / v184;
let v2219 = v2215 % v184;
let v2232 = v2217 % v58;
let v2234 = v2217 / v58;
let v2253 = v2234 * v184;
let v2255 = v2219 / v184;
let v2257 = v2219 % v184;
let v2258 = v2232 + v2255;
let v2259 = v2253 + v2257;
// is_in_bounds
// is_in_bounds_end
let v2264 = v964 + v2259;
// is_in_bounds
// is_in_bounds_end
let v2268 = v143 + v2258;
let v2278 = u32(v2268);
let v2279 = v2278 * v7;
let v2281 = v1020 + v2279;
let v2282 = u32(v2264);
let v2283 = v2282 * v8;
let v2284 = v2281 + v2283;
let v2286 = v2284 / v1025;
let v2287 = v2268 < v5;
let v2288 = v2264 < v6;
let v2289 = v2287 && v2288;
let v2294 = v2286 < v18480;
let v2298 = u32(v2294);
let v2299 = v2286 * v2298;
let v2303 = &(*v20195)[v2299];
let v2304 = *v2303;
let v2305 = vec2<bool>(v2294);
let v2306 = select(v1002, v2304, v2305);
let v2307 = vec2<bool>(v2289);
let v2308 = select(v1002, v2306, v2307);
let v2309 = u32(v2215);
let v2311 = v2309 / v1025;
let v2314 = v978 + v2311;
let v2315 = &(*v18507)[v2314];
*v2315 = v2308;
let v19545 = u32(416);
let v2320 = v954 + v19545;
let v2322 = v2320 / v184;
let v2324 = v2320 % v184;
let v2337 = v2322 % v58;
let v2339 = v2322 / v58;
let v2358 = v2339 * v184;
let v2360 = v2324 / v184;
let v2362 = v2324 % v184;
let v2363 = v2337 + v2360;
let v2364 = v2358 + v2362;
// is_in_bounds
// is_in_bounds_end
let v2369 = v964 + v2364;
// is_in_bounds
// is_in_bounds_end
let v2373 = v143 + v2363;
let v2383 = u32(v2373);
let v2384 = v2383 * v7;
let v2386 = v1020 + v2384;
let v2387 = u32(v2369);
let v2388 = v2387 * v8;
let v2389 = v2386 + v2388;
let v2391 = v2389 / v1025;
let v2392 = v2373 < v5;
let v2393 = v2369 < v6;
let v2394 = v2392 && v2393;
let v2399 = v2391 < v18480;
let v2403 = u32(v2399);
let v2404 = v2391 * v2403;
let v2408 = &(*v20195)[v2404];
let v2409 = *v2408;
let v2410 = vec2<bool>(v2399);
let v2411 = select(v1002, v2409, v2410);
let v2412 = vec2<bool>(v2394);
let v2413 = select(v1002, v2411, v2412);
let v2414 = u32(v2320);
let v2416 = v2414 / v1025;
let v2419 = v978 + v2416;
let v2420 = &(*v18507)[v2419];
*v2420 = v2413;
let v19542 = u32(448);
let v2425 = v954 + v19542;
let v2427 = v2425 / v184;
let v2429 = v2425 % v184;
let v2442 = v2427 % v58;
let v2444 = v2427 / v58;
let v2463 = v2444 * v184;
let v2465 = v2429 / v184;
let v2467 = v2429 % v184;
let v2468 = v2442 + v2465;
let v2469 = v2463 + v2467;
// is_in_bounds
// is_in_bounds_end
let v2474 = v964 + v2469;
// is_in_bounds
// is_in_bounds_end
let v2478 = v143 + v2468;
let v2488 = u32(v2478);
let v2489 = v2488 * v7;
let v2491 = v1020 + v2489;
let v2492 = u32(v2474);
let v2493 = v2492 * v8;
let v2494 = v2491 + v2493;
let v2496 = v2494 / v1025;
let v2497 = v2478 < v5;
let v2498 = v2474 < v6;
let v2499 = v2497 && v2498;
let v2504 = v2496 < v18480;
let v2508 = u32(v2504);
let v2509 = v2496 * v2508;
let v2513 = &(*v20195)[v2509];
let v2514 = *v2513;
let v2515 = vec2<bool>(v2504);
let v2516 = select(v1002, v2514, v2515);
let v2517 = vec2<bool>(v2499);
let v2518 = select(v1002, v2516, v2517);
let v2519 = u32(v2425);
let v2521 = v2519 / v1025;
let v2524 = v978 + v2521;
let v2525 = &(*v18507)[v2524];
*v2525 = v2518;
let v19539 = u32(480);
let v2530 = v954 + v19539;
let v2532 = v2530 / v184;
let v2534 = v2530 % v184;
let v2547 = v2532 % v58;
let v2549 = v2532 / v58;
let v2568 = v2549 * v184;
let v2570 = v2534 / v184;
let v2572 = v2534 % v184;
let v2573 = v2547 + v2570;
let v2574 = v2568 + v2572;
// is_in_bounds
// is_in_bounds_end
let v2579 = v964 + v2574;
// is_in_bounds
// is_in_bounds_end
let v2583 = v143 + v2573;
let v2593 = u32(v2583);
let v2594 = v2593 * v7;
let v2596 = v1020 + v2594;
let v2597 = u32(v2579);
let v2598 = v2597 * v8;
let v2599 = v2596 + v2598;
let v2601 = v2599 / v1025;
let v2602 = v2583 < v5;
let v2603 = v2579 < v6;
let v2604 = v2602 && v2603;
let v2609 = v2601 < v18480;
let v2613 = u32(v2609);
let v2614 = v2601 * v2613;
let v2618 = &(*v20195)[v2614];
let v2619 = *v2618;
let v2620 = vec2<bool>(v2609);
let v2621 = select(v1002, v2619, v2620);
let v2622 = vec2<bool>(v2604);
let v2623 = select(v1002, v2621, v2622);
let v2624 = u32(v2530);
let v2626 = v2624 / v1025;
let v2629 = v978 + v2626;
let v2630 = &(*v18507)[v2629];
*v2630 = v2623;
let v2635 = v954 + v906;
let v2637 = v2635 / v184;
let v2639 = v2635 % v184;
let v2652 = v2637 % v58;
let v2654 = v2637 / v58;
let v2673 = v2654 * v184;
let v2675 = v2639 / v184;
let v2677 = v2639 % v184;
let v2678 = v2652 + v2675;
let v2679 = v2673 + v2677;
// is_in_bounds
// is_in_bounds_end
let v2684 = v964 + v2679;
// is_in_bounds
// is_in_bounds_end
let v2688 = v143 + v2678;
let v2698 = u32(v2688);
let v2699 = v2698 * v7;
let v2701 = v1020 + v2699;
let v2702 = u32(v2684);
let v2703 = v2702 * v8;
let v2704 = v2701 + v2703;
let v2706 = v2704 / v1025;
let v2707 = v2688 < v5;
let v2708 = v2684 < v6;
let v2709 = v2707 && v2708;
let v2714 = v2706 < v18480;
let v2718 = u32(v2714);
let v2719 = v2706 * v2718;
let v2723 = &(*v20195)[v2719];
let v2724 = *v2723;
let v2725 = vec2<bool>(v2714);
let v2726 = select(v1002, v2724, v2725);
let v2727 = vec2<bool>(v2709);
let v2728 = select(v1002, v2726, v2727);
let v2729 = u32(v2635);
let v2731 = v2729 / v1025;
let v2734 = v978 + v2731;
let v2735 = &(*v18507)[v2734];
*v2735 = v2728;
let v19533 = u32(544);
let v2740 = v954 + v19533;
let v2742 = v2740 / v184;
let v2744 = v2740 % v184;
let v2757 = v2742 % v58;
let v2759 = v2742 / v58;
let v2778 = v2759 * v184;
let v2780 = v2744 / v184;
let v2782 = v2744 % v184;
let v2783 = v2757 + v2780;
let v2784 = v2778 + v2782;
// is_in_bounds
// is_in_bounds_end
let v2789 = v964 + v2784;
// is_in_bounds
// is_in_bounds_end
let v2793 = v143 + v2783;
let v2803 = u32(v2793);
let v2804 = v2803 * v7;
let v2806 = v1020 + v2804;
let v2807 = u32(v2789);
let v2808 = v2807 * v8;
let v2809 = v2806 + v2808;
let v2811 = v2809 / v1025;
let v2812 = v2793 < v5;
let v2813 = v2789 < v6;
let v2814 = v2812 && v2813;
let v2819 = v2811 < v18480;
let v2823 = u32(v2819);
let v2824 = v2811 * v2823;
let v2828 = &(*v20195)[v2824];
let v2829 = *v2828;
let v2830 = vec2<bool>(v2819);
let v2831 = select(v1002, v2829, v2830);
let v2832 = vec2<bool>(v2814);
let v2833 = select(v1002, v2831, v2832);
let v2834 = u32(v2740);
let v2836 = v2834 / v1025;
let v2839 = v978 + v2836;
let v2840 = &(*v18507)[v2839];
*v2840 = v2833;
let v19530 = u32(576);
let v2845 = v954 + v19530;
let v2847 = v2845 / v184;
let v2849 = v2845 % v184;
let v2862 = v2847 % v58;
let v2864 = v2847 / v58;
let v2883 = v2864 * v184;
let v2885 = v2849 / v184;
let v2887 = v2849 % v184;
let v2888 = v2862 + v2885;
let v2889 = v2883 + v2887;
// is_in_bounds
// is_in_bounds_end
let v2894 = v964 + v2889;
// is_in_bounds
// is_in_bounds_end
let v2898 = v143 + v2888;
let v2908 = u32(v2898);
let v2909 = v2908 * v7;
let v2911 = v1020 + v2909;
let v2912 = u32(v2894);
let v2913 = v2912 * v8;
let v2914 = v2911 + v2913;
let v2916 = v2914 / v1025;
let v2917 = v2898 < v5;
let v2918 = v2894 < v6;
let v2919 = v2917 && v2918;
let v2924 = v2916 < v18480;
let v2928 = u32(v2924);
let v2929 = v2916 * v2928;
let v2933 = &(*v20195)[v2929];
let v2934 = *v2933;
let v2935 = vec2<bool>(v2924);
let v2936 = select(v1002, v2934, v2935);
let v2937 = vec2<bool>(v2919);
let v2938 = select(v1002, v2936, v2937);
let v2939 = u32(v2845);
let v2941 = v2939 / v1025;
let v2944 = v978 + v2941;
let v2945 = &(*v18507)[v2944];
*v2945 = v2938;
let v19527 = u32(608);
let v2950 = v954 + v19527;
let v2952 = v2950 / v184;
let v2954 = v2950 % v184;
let v2967 = v2952 % v58;
let v2969 = v2952 / v58;
let v2988 = v2969 * v184;
let v2990 = v2954 / v184;
let v2992 = v2954 % v184;
let v2993 = v2967 + v2990;
let v2994 = v2988 + v2992;
// is_in_bounds
// is_in_bounds_end
let v2999 = v964 + v2994;
// is_in_bounds
// is_in_bounds_end
let v3003 = v143 + v2993;
let v3013 = u32(v3003);
let v3014 = v3013 * v7;
let v3016 = v1020 + v3014;
let v3017 = u32(v2999);
let v3018 = v3017 * v8;
let v3019 = v3016 + v3018;
let v3021 = v3019 / v1025;
let v3022 = v3003 < v5;
let v3023 = v2999 < v6;
let v3024 = v3022 && v3023;
let v3029 = v3021 < v18480;
let v3033 = u32(v3029);
let v3034 = v3021 * v3033;
let v3038 = &(*v20195)[v3034];
let v3039 = *v3038;
let v3040 = vec2<bool>(v3029);
let v3041 = select(v1002, v3039, v3040);
let v3042 = vec2<bool>(v3024);
let v3043 = select(v1002, v3041, v3042);
let v3044 = u32(v2950);
let v3046 = v3044 / v1025;
let v3049 = v978 + v3046;
let v3050 = &(*v18507)[v3049];
*v3050 = v3043;
let v19524 = u32(640);
let v3055 = v954 + v19524;
let v3057 = v3055 / v184;
let v3059 = v3055 % v184;
let v3072 = v3057 % v58;
let v3074 = v3057 / v58;
let v3093 = v3074 * v184;
let v3095 = v3059 / v184;
let v3097 = v3059 % v184;
let v3098 = v3072 + v3095;
let v3099 = v3093 + v3097;
// is_in_bounds
// is_in_bounds_end
let v3104 = v964 + v3099;
// is_in_bounds
// is_in_bounds_end
let v3108 = v143 + v3098;
let v3118 = u32(v3108);
let v3119 = v3118 * v7;
let v3121 = v1020 + v3119;
let v3122 = u32(v3104);
let v3123 = v3122 * v8;
let v3124 = v3121 + v3123;
let v3126 = v3124 / v1025;
let v3127 = v3108 < v5;
let v3128 = v3104 < v6;
let v3129 = v3127 && v3128;
let v3134 = v3126 < v18480;
let v3138 = u32(v3134);
let v3139 = v3126 * v3138;
let v3143 = &(*v20195)[v3139];
let v3144 = *v3143;
let v3145 = vec2<bool>(v3134);
let v3146 = select(v1002, v3144, v3145);
let v3147 = vec2<bool>(v3129);
let v3148 = select(v1002, v3146, v3147);
let v3149 = u32(v3055);
let v3151 = v3149 / v1025;
let v3154 = v978 + v3151;
let v3155 = &(*v18507)[v3154];
*v3155 = v3148;
let v19521 = u32(672);
let v3160 = v954 + v19521;
let v3162 = v3160 / v184;
let v3164 = v3160 % v184;
let v3177 = v3162 % v58;
let v3179 = v3162 / v58;
let v3198 = v3179 * v184;
let v3200 = v3164 / v184;
let v3202 = v3164 % v184;
let v3203 = v3177 + v3200;
let v3204 = v3198 + v3202;
// is_in_bounds
// is_in_bounds_end
let v3209 = v964 + v3204;
// is_in_bounds
// is_in_bounds_end
let v3213 = v143 + v3203;
let v3223 = u32(v3213);
let v3224 = v3223 * v7;
let v3226 = v1020 + v3224;
let v3227 = u32(v3209);
let v3228 = v3227 * v8;
let v3229 = v3226 + v3228;
let v3231 = v3229 / v1025;
let v3232 = v3213 < v5;
let v3233 = v3209 < v6;
let v3234 = v3232 && v3233;
let v3239 = v3231 < v18480;
let v3243 = u32(v3239);
let v3244 = v3231 * v3243;
let v3248 = &(*v20195)[v3244];
let v3249 = *v3248;
let v3250 = vec2<bool>(v3239);
let v3251 = select(v1002, v3249, v3250);
let v3252 = vec2<bool>(v3234);
let v3253 = select(v1002, v3251, v3252);
let v3254 = u32(v3160);
let v3256 = v3254 / v1025;
let v3259 = v978 + v3256;
let v3260 = &(*v18507)[v3259];
*v3260 = v3253;
let v19518 = u32(704);
let v3265 = v954 + v19518;
let v3267 = v3265 / v184;
let v3269 = v3265 % v184;
let v3282 = v3267 % v58;
let v3284 = v3267 / v58;
let v3303 = v3284 * v184;
let v3305 = v3269 / v184;
let v3307 = v3269 % v184;
let v3308 = v3282 + v3305;
let v3309 = v3303 + v3307;
// is_in_bounds
// is_in_bounds_end
let v3314 = v964 + v3309;
// is_in_bounds
// is_in_bounds_end
let v3318 = v143 + v3308;
let v3328 = u32(v3318);
let v3329 = v3328 * v7;
let v3331 = v1020 + v3329;
let v3332 = u32(v3314);
let v3333 = v3332 * v8;
let v3334 = v3331 + v3333;
let v3336 = v3334 / v1025;
let v3337 = v3318 < v5;
let v3338 = v3314 < v6;
let v3339 = v3337 && v3338;
let v3344 = v3336 < v18480;
let v3348 = u32(v3344);
let v3349 = v3336 * v3348;
let v3353 = &(*v20195)[v3349];
let v3354 = *v3353;
let v3355 = vec2<bool>(v3344);
let v3356 = select(v1002, v3354, v3355);
let v3357 = vec2<bool>(v3339);
let v3358 = select(v1002, v3356, v3357);
let v3359 = u32(v3265);
let v3361 = v3359 / v1025;
let v3364 = v978 + v3361;
let v3365 = &(*v18507)[v3364];
*v3365 = v3358;
let v19515 = u32(736);
let v3370 = v954 + v19515;
let v3372 = v3370 / v184;
let v3374 = v3370 % v184;
let v3387 = v3372 % v58;
let v3389 = v3372 / v58;
let v3408 = v3389 * v184;
let v3410 = v3374 / v184;
let v3412 = v3374 % v184;
let v3413 = v3387 + v3410;
let v3414 = v3408 + v3412;
// is_in_bounds
// is_in_bounds_end
let v3419 = v964 + v3414;
// is_in_bounds
// is_in_bounds_end
let v3423 = v143 + v3413;
let v3433 = u32(v3423);
let v3434 = v3433 * v7;
let v3436 = v1020 + v3434;
let v3437 = u32(v3419);
let v3438 = v3437 * v8;
let v3439 = v3436 + v3438;
let v3441 = v3439 / v1025;
let v3442 = v3423 < v5;
let v3443 = v3419 < v6;
let v3444 = v3442 && v3443;
let v3449 = v3441 < v18480;
let v3453 = u32(v3449);
let v3454 = v3441 * v3453;
let v3458 = &(*v20195)[v3454];
let v3459 = *v3458;
let v3460 = vec2<bool>(v3449);
let v3461 = select(v1002, v3459, v3460);
let v3462 = vec2<bool>(v3444);
let v3463 = select(v1002, v3461, v3462);
let v3464 = u32(v3370);
let v3466 = v3464 / v1025;
let v3469 = v978 + v3466;
let v3470 = &(*v18507)[v3469];
*v3470 = v3463;
let v3471 = u32(24);
let v19512 = u32(768);
let v3475 = v954 + v19512;
let v3477 = v3475 / v184;
let v3479 = v3475 % v184;
let v3492 = v3477 % v58;
let v3494 = v3477 / v58;
let v3513 = v3494 * v184;
let v3515 = v3479 / v184;
let v3517 = v3479 % v184;
let v3518 = v3492 + v3515;
let v3519 = v3513 + v3517;
// is_in_bounds
// is_in_bounds_end
let v3524 = v964 + v3519;
// is_in_bounds
// is_in_bounds_end
let v3528 = v143 + v3518;
let v3538 = u32(v3528);
let v3539 = v3538 * v7;
let v3541 = v1020 + v3539;
let v3542 = u32(v3524);
let v3543 = v3542 * v8;
let v3544 = v3541 + v3543;
let v3546 = v3544 / v1025;
let v3547 = v3528 < v5;
let v3548 = v3524 < v6;
let v3549 = v3547 && v3548;
let v3554 = v3546 < v18480;
let v3558 = u32(v3554);
let v3559 = v3546 * v3558;
let v3563 = &(*v20195)[v3559];
let v3564 = *v3563;
let v3565 = vec2<bool>(v3554);
let v3566 = select(v1002, v3564, v3565);
let v3567 = vec2<bool>(v3549);
let v3568 = select(v1002, v3566, v3567);
let v3569 = u32(v3475);
let v3571 = v3569 / v1025;
let v3574 = v978 + v3571;
let v3575 = &(*v18507)[v3574];
*v3575 = v3568;
let v19509 = u32(800);
let v3580 = v954 + v19509;
let v3582 = v3580 / v184;
let v3584 = v3580 % v184;
let v3597 = v3582 % v58;
let v3599 = v3582 / v58;
let v3618 = v3599 * v184;
let v3620 = v3584 / v184;
let v3622 = v3584 % v184;
let v3623 = v3597 + v3620;
let v3624 = v3618 + v3622;
// is_in_bounds
// is_in_bounds_end
let v3629 = v964 + v3624;
// is_in_bounds
// is_in_bounds_end
let v3633 = v143 + v3623;
let v3643 = u32(v3633);
let v3644 = v3643 * v7;
let v3646 = v1020 + v3644;
let v3647 = u32(v3629);
let v3648 = v3647 * v8;
let v3649 = v3646 + v3648;
let v3651 = v3649 / v1025;
let v3652 = v3633 < v5;
let v3653 = v3629 < v6;
let v3654 = v3652 && v3653;
let v3659 = v3651 < v18480;
let v3663 = u32(v3659);
let v3664 = v3651 * v3663;
let v3668 = &(*v20195)[v3664];
let v3669 = *v3668;
let v3670 = vec2<bool>(v3659);
let v3671 = select(v1002, v3669, v3670);
let v3672 = vec2<bool>(v3654);
let v3673 = select(v1002, v3671, v3672);
let v3674 = u32(v3580);
let v3676 = v3674 / v1025;
let v3679 = v978 + v3676;
let v3680 = &(*v18507)[v3679];
*v3680 = v3673;
let v19506 = u32(832);
let v3685 = v954 + v19506;
let v3687 = v3685 / v184;
let v3689 = v3685 % v184;
let v3702 = v3687 % v58;
let v3704 = v3687 / v58;
let v3723 = v3704 * v184;
let v3725 = v3689 / v184;
let v3727 = v3689 % v184;
let v3728 = v3702 + v3725;
let v3729 = v3723 + v3727;
// is_in_bounds
// is_in_bounds_end
let v3734 = v964 + v3729;
// is_in_bounds
// is_in_bounds_end
let v3738 = v143 + v3728;
let v3748 = u32(v3738);
let v3749 = v3748 * v7;
let v3751 = v1020 + v3749;
let v3752 = u32(v3734);
let v3753 = v3752 * v8;
let v3754 = v3751 + v3753;
let v3756 = v3754 / v1025;
let v3757 = v3738 < v5;
let v3758 = v3734 < v6;
let v3759 = v3757 && v3758;
let v3764 = v3756 < v18480;
let v3768 = u32(v3764);
let v3769 = v3756 * v3768;
let v3773 = &(*v20195)[v3769];
let v3774 = *v3773;
let v3775 = vec2<bool>(v3764);
let v3776 = select(v1002, v3774, v3775);
let v3777 = vec2<bool>(v3759);
let v3778 = select(v1002, v3776, v3777);
let v3779 = u32(v3685);
let v3781 = v3779 / v1025;
let v3784 = v978 + v3781;
let v3785 = &(*v18507)[v3784];
*v3785 = v3778;
let v19503 = u32(864);
let v3790 = v954 + v19503;
let v3792 = v3790 / v184;
let v3794 = v3790 % v184;
let v3807 = v3792 % v58;
let v3809 = v3792 / v58;
let v3828 = v3809 * v184;
let v3830 = v3794 / v184;
let v3832 = v3794 % v184;
let v3833 = v3807 + v3830;
let v3834 = v3828 + v3832;
// is_in_bounds
// is_in_bounds_end
let v3839 = v964 + v3834;
// is_in_bounds
// is_in_bounds_end
let v3843 = v143 + v3833;
let v3853 = u32(v3843);
let v3854 = v3853 * v7;
let v3856 = v1020 + v3854;
let v3857 = u32(v3839);
let v3858 = v3857 * v8;
let v3859 = v3856 + v3858;
let v3861 = v3859 / v1025;
let v3862 = v3843 < v5;
let v3863 = v3839 < v6;
let v3864 = v3862 && v3863;
let v3869 = v3861 < v18480;
let v3873 = u32(v3869);
let v3874 = v3861 * v3873;
let v3878 = &(*v20195)[v3874];
let v3879 = *v3878;
let v3880 = vec2<bool>(v3869);
let v3881 = select(v1002, v3879, v3880);
let v3882 = vec2<bool>(v3864);
let v3883 = select(v1002, v3881, v3882);
let v3884 = u32(v3790);
let v3886 = v3884 / v1025;
let v3889 = v978 + v3886;
let v3890 = &(*v18507)[v3889];
*v3890 = v3883;
let v19500 = u32(896);
let v3895 = v954 + v19500;
let v3897 = v3895 / v184;
let v3899 = v3895 % v184;
let v3912 = v3897 % v58;
let v3914 = v3897 / v58;
let v3933 = v3914 * v184;
let v3935 = v3899 / v184;
let v3937 = v3899 % v184;
let v3938 = v3912 + v3935;
let v3939 = v3933 + v3937;
// is_in_bounds
// is_in_bounds_end
let v3944 = v964 + v3939;
// is_in_bounds
// is_in_bounds_end
let v3948 = v143 + v3938;
let v3958 = u32(v3948);
let v3959 = v3958 * v7;
let v3961 = v1020 + v3959;
let v3962 = u32(v3944);
let v3963 = v3962 * v8;
let v3964 = v3961 + v3963;
let v3966 = v3964 / v1025;
let v3967 = v3948 < v5;
let v3968 = v3944 < v6;
let v3969 = v3967 && v3968;
let v3974 = v3966 < v18480;
let v3978 = u32(v3974);
let v3979 = v3966 * v3978;
let v3983 = &(*v20195)[v3979];
let v3984 = *v3983;
let v3985 = vec2<bool>(v3974);
let v3986 = select(v1002, v3984, v3985);
let v3987 = vec2<bool>(v3969);
let v3988 = select(v1002, v3986, v3987);
let v3989 = u32(v3895);
let v3991 = v3989 / v1025;
let v3994 = v978 + v3991;
let v3995 = &(*v18507)[v3994];
*v3995 = v3988;
let v19497 = u32(928);
let v4000 = v954 + v19497;
let v4002 = v4000 / v184;
let v4004 = v4000 % v184;
let v4017 = v4002 % v58;
let v4019 = v4002 / v58;
let v4038 = v4019 * v184;
let v4040 = v4004 / v184;
let v4042 = v4004 % v184;
let v4043 = v4017 + v4040;
let v4044 = v4038 + v4042;
// is_in_bounds
// is_in_bounds_end
let v4049 = v964 + v4044;
// is_in_bounds
// is_in_bounds_end
let v4053 = v143 + v4043;
let v4063 = u32(v4053);
let v4064 = v4063 * v7;
let v4066 = v1020 + v4064;
let v4067 = u32(v4049);
let v4068 = v4067 * v8;
let v4069 = v4066 + v4068;
let v4071 = v4069 / v1025;
let v4072 = v4053 < v5;
let v4073 = v4049 < v6;
let v4074 = v4072 && v4073;
let v4079 = v4071 < v18480;
let v4083 = u32(v4079);
let v4084 = v4071 * v4083;
let v4088 = &(*v20195)[v4084];
let v4089 = *v4088;
let v4090 = vec2<bool>(v4079);
let v4091 = select(v1002, v4089, v4090);
let v4092 = vec2<bool>(v4074);
let v4093 = select(v1002, v4091, v4092);
let v4094 = u32(v4000);
let v4096 = v4094 / v1025;
let v4099 = v978 + v4096;
let v4100 = &(*v18507)[v4099];
*v4100 = v4093;
let v19494 = u32(960);
let v4105 = v954 + v19494;
let v4107 = v4105 / v184;
let v4109 = v4105 % v184;
let v4122 = v4107 % v58;
let v4124 = v4107 / v58;
let v4143 = v4124 * v184;
let v4145 = v4109 / v184;
let v4147 = v4109 % v184;
let v4148 = v4122 + v4145;
let v4149 = v4143 + v4147;
// is_in_bounds
// is_in_bounds_end
let v4154 = v964 + v4149;
// is_in_bounds
// is_in_bounds_end
let v4158 = v143 + v4148;
let v4168 = u32(v4158);
let v4169 = v4168 * v7;
let v4171 = v1020 + v4169;
let v4172 = u32(v4154);
let v4173 = v4172 * v8;
let v4174 = v4171 + v4173;
let v4176 = v4174 / v1025;
let v4177 = v4158 < v5;
let v4178 = v4154 < v6;
let v4179 = v4177 && v4178;
let v4184 = v4176 < v18480;
let v4188 = u32(v4184);
let v4189 = v4176 * v4188;
let v4193 = &(*v20195)[v4189];
let v4194 = *v4193;
let v4195 = vec2<bool>(v4184);
let v4196 = select(v1002, v4194, v4195);
let v4197 = vec2<bool>(v4179);
let v4198 = select(v1002, v4196, v4197);
let v4199 = u32(v4105);
let v4201 = v4199 / v1025;
let v4204 = v978 + v4201;
let v4205 = &(*v18507)[v4204];
*v4205 = v4198;
let v19491 = u32(992);
let v4210 = v954 + v19491;
let v4212 = v4210 / v184;
let v4214 = v4210 % v184;
let v4227 = v4212 % v58;
let v4229 = v4212 / v58;
let v4248 = v4229 * v184;
let v4250 = v4214 / v184;
let v4252 = v4214 % v184;
let v4253 = v4227 + v4250;
let v4254 = v4248 + v4252;
// is_in_bounds
// is_in_bounds_end
let v4259 = v964 + v4254;
// is_in_bounds
// is_in_bounds_end
let v4263 = v143 + v4253;
let v4273 = u32(v4263);
let v4274 = v4273 * v7;
let v4276 = v1020 + v4274;
let v4277 = u32(v4259);
let v4278 = v4277 * v8;
let v4279 = v4276 + v4278;
let v4281 = v4279 / v1025;
let v4282 = v4263 < v5;
let v4283 = v4259 < v6;
let v4284 = v4282 && v4283;
let v4289 = v4281 < v18480;
let v4293 = u32(v4289);
let v4294 = v4281 * v4293;
let v4298 = &(*v20195)[v4294];
let v4299 = *v4298;
let v4300 = vec2<bool>(v4289);
let v4301 = select(v1002, v4299, v4300);
let v4302 = vec2<bool>(v4284);
let v4303 = select(v1002, v4301, v4302);
let v4304 = u32(v4210);
let v4306 = v4304 / v1025;
let v4309 = v978 + v4306;
let v4310 = &(*v18507)[v4309];
*v4310 = v4303;
var<function> v18606_store: u32;
let v18606 = &v18606_store;
*v18606 = v949;
let v4322 = *v18606;
let v4325 = v4322 / v216;
let v4327 = v4322 % v216;
let v4328 = *v18510;
let v4330 = min(v4328, v162);
let v4340 = v4325 / v181;
let v4342 = v4325 % v181;
let v4343 = *v18519;
let v4345 = v4343 * v921;
let v4346 = u32(v4345);
let v4359 = v4340 * v184;
let v4361 = v4342 * v184;
let v4363 = v4327 % v184;
let v4365 = v4327 / v184;
let v4366 = v4359 + v4363;
let v4367 = v4361 + v4365;
// is_in_bounds
// is_in_bounds_end
let v4371 = v4330 + v4366;
// is_in_bounds
// is_in_bounds_end
let v4377 = v159 + v4367;
let v4386 = u32(v4371);
let v4387 = v4386 * v19;
let v4388 = *v18492;
let v4389 = v4388 + v4387;
let v4390 = u32(v4377);
let v4391 = v4390 * v20;
let v4392 = v4389 + v4391;
let v4394 = v4392 / v1025;
let v4395 = v4371 < v17;
let v4396 = v4377 < v18;
let v4397 = v4395 && v4396;
let v4402 = v4394 < v18481;
let v4406 = u32(v4402);
let v4407 = v4394 * v4406;
let v4411 = &(*v20194)[v4407];
let v4412 = *v4411;
let v4413 = vec2<bool>(v4402);
let v4414 = select(v1002, v4412, v4413);
let v4415 = vec2<bool>(v4397);
let v4416 = select(v1002, v4414, v4415);
let v4417 = u32(v4322);
let v4419 = v4417 / v1025;
let v4422 = v4346 + v4419;
let v4423 = &(*v18509)[v4422];
*v4423 = v4416;
let v4428 = v4322 + v62;
let v4430 = v4428 / v216;
let v4432 = v4428 % v216;
let v4445 = v4430 / v181;
let v4447 = v4430 % v181;
let v4464 = v4445 * v184;
let v4466 = v4447 * v184;
let v4468 = v4432 % v184;
let v4470 = v4432 / v184;
let v4471 = v4464 + v4468;
let v4472 = v4466 + v4470;
// is_in_bounds
// is_in_bounds_end
let v4476 = v4330 + v4471;
// is_in_bounds
// is_in_bounds_end
let v4482 = v159 + v4472;
let v4491 = u32(v4476);
let v4492 = v4491 * v19;
let v4494 = v4388 + v4492;
let v4495 = u32(v4482);
let v4496 = v4495 * v20;
let v4497 = v4494 + v4496;
let v4499 = v4497 / v1025;
let v4500 = v4476 < v17;
let v4501 = v4482 < v18;
let v4502 = v4500 && v4501;
let v4507 = v4499 < v18481;
let v4511 = u32(v4507);
let v4512 = v4499 * v4511;
let v4516 = &(*v20194)[v4512];
let v4517 = *v4516;
let v4518 = vec2<bool>(v4507);
let v4519 = select(v1002, v4517, v4518);
let v4520 = vec2<bool>(v4502);
let v4521 = select(v1002, v4519, v4520);
let v4522 = u32(v4428);
let v4524 = v4522 / v1025;
let v4527 = v4346 + v4524;
let v4528 = &(*v18509)[v4527];
*v4528 = v4521;
let v4533 = v4322 + v58;
let v4535 = v4533 / v216;
let v4537 = v4533 % v216;
let v4550 = v4535 / v181;
let v4552 = v4535 % v181;
let v4569 = v4550 * v184;
let v4571 = v4552 * v184;
let v4573 = v4537 % v184;
let v4575 = v4537 / v184;
let v4576 = v4569 + v4573;
let v4577 = v4571 + v4575;
// is_in_bounds
// is_in_bounds_end
let v4581 = v4330 + v4576;
// is_in_bounds
// is_in_bounds_end
let v4587 = v159 + v4577;
let v4596 = u32(v4581);
let v4597 = v4596 * v19;
let v4599 = v4388 + v4597;
let v4600 = u32(v4587);
let v4601 = v4600 * v20;
let v4602 = v4599 + v4601;
let v4604 = v4602 / v1025;
let v4605 = v4581 < v17;
let v4606 = v4587 < v18;
let v4607 = v4605 && v4606;
let v4612 = v4604 < v18481;
let v4616 = u32(v4612);
let v4617 = v4604 * v4616;
let v4621 = &(*v20194)[v4617];
let v4622 = *v4621;
let v4623 = vec2<bool>(v4612);
let v4624 = select(v1002, v4622, v4623);
let v4625 = vec2<bool>(v4607);
let v4626 = select(v1002, v4624, v4625);
let v4627 = u32(v4533);
let v4629 = v4627 / v1025;
let v4632 = v4346 + v4629;
let v4633 = &(*v18509)[v4632];
*v4633 = v4626;
let v4638 = v4322 + v19575;
let v4640 = v4638 / v216;
let v4642 = v4638 % v216;
let v4655 = v4640 / v181;
let v4657 = v4640 % v181;
let v4674 = v4655 * v184;
let v4676 = v4657 * v184;
let v4678 = v4642 % v184;
let v4680 = v4642 / v184;
let v4681 = v4674 + v4678;
let v4682 = v4676 + v4680;
// is_in_bounds
// is_in_bounds_end
let v4686 = v4330 + v4681;
// is_in_bounds
// is_in_bounds_end
let v4692 = v159 + v4682;
let v4701 = u32(v4686);
let v4702 = v4701 * v19;
let v4704 = v4388 + v4702;
let v4705 = u32(v4692);
let v4706 = v4705 * v20;
let v4707 = v4704 + v4706;
let v4709 = v4707 / v1025;
let v4710 = v4686 < v17;
let v4711 = v4692 < v18;
let v4712 = v4710 && v4711;
let v4717 = v4709 < v18481;
let v4721 = u32(v4717);
let v4722 = v4709 * v4721;
let v4726 = &(*v20194)[v4722];
let v4727 = *v4726;
let v4728 = vec2<bool>(v4717);
let v4729 = select(v1002, v4727, v4728);
let v4730 = vec2<bool>(v4712);
let v4731 = select(v1002, v4729, v4730);
let v4732 = u32(v4638);
let v4734 = v4732 / v1025;
let v4737 = v4346 + v4734;
let v4738 = &(*v18509)[v4737];
*v4738 = v4731;
let v4743 = v4322 + v19572;
let v4745 = v4743 / v216;
let v4747 = v4743 % v216;
let v4760 = v4745 / v181;
let v4762 = v4745 % v181;
let v4779 = v4760 * v184;
let v4781 = v4762 * v184;
let v4783 = v4747 % v184;
let v4785 = v4747 / v184;
let v4786 = v4779 + v4783;
let v4787 = v4781 + v4785;
// is_in_bounds
// is_in_bounds_end
let v4791 = v4330 + v4786;
// is_in_bounds
// is_in_bounds_end
let v4797 = v159 + v4787;
let v4806 = u32(v4791);
let v4807 = v4806 * v19;
let v4809 = v4388 + v4807;
let v4810 = u32(v4797);
let v4811 = v4810 * v20;
let v4812 = v4809 + v4811;
let v4814 = v4812 / v1025;
let v4815 = v4791 < v17;
let v4816 = v4797 < v18;
let v4817 = v4815 && v4816;
let v4822 = v4814 < v18481;
let v4826 = u32(v4822);
let v4827 = v4814 * v4826;
let v4831 = &(*v20194)[v4827];
let v4832 = *v4831;
let v4833 = vec2<bool>(v4822);
let v4834 = select(v1002, v4832, v4833);
let v4835 = vec2<bool>(v4817);
let v4836 = select(v1002, v4834, v4835);
let v4837 = u32(v4743);
let v4839 = v4837 / v1025;
let v4842 = v4346 + v4839;
let v4843 = &(*v18509)[v4842];
*v4843 = v4836;
let v4848 = v4322 + v19569;
let v4850 = v4848 / v216;
let v4852 = v4848 % v216;
let v4865 = v4850 / v181;
let v4867 = v4850 % v181;
let v4884 = v4865 * v184;
let v4886 = v4867 * v184;
let v4888 = v4852 % v184;
let v4890 = v4852 / v184;
let v4891 = v4884 + v4888;
let v4892 = v4886 + v4890;
// is_in_bounds
// is_in_bounds_end
let v4896 = v4330 + v4891;
// is_in_bounds
// is_in_bounds_end
let v4902 = v159 + v4892;
let v4911 = u32(v4896);
let v4912 = v4911 * v19;
let v4914 = v4388 + v4912;
let v4915 = u32(v4902);
let v4916 = v4915 * v20;
let v4917 = v4914 + v4916;
let v4919 = v4917 / v1025;
let v4920 = v4896 < v17;
let v4921 = v4902 < v18;
let v4922 = v4920 && v4921;
let v4927 = v4919 < v18481;
let v4931 = u32(v4927);
let v4932 = v4919 * v4931;
let v4936 = &(*v20194)[v4932];
let v4937 = *v4936;
let v4938 = vec2<bool>(v4927);
let v4939 = select(v1002, v4937, v4938);
let v4940 = vec2<bool>(v4922);
let v4941 = select(v1002, v4939, v4940);
let v4942 = u32(v4848);
let v4944 = v4942 / v1025;
let v4947 = v4346 + v4944;
let v4948 = &(*v18509)[v4947];
*v4948 = v4941;
let v4953 = v4322 + v19566;
let v4955 = v4953 / v216;
let v4957 = v4953 % v216;
let v4970 = v4955 / v181;
let v4972 = v4955 % v181;
let v4989 = v4970 * v184;
let v4991 = v4972 * v184;
let v4993 = v4957 % v184;
let v4995 = v4957 / v184;
let v4996 = v4989 + v4993;
let v4997 = v4991 + v4995;
// is_in_bounds
// is_in_bounds_end
let v5001 = v4330 + v4996;
// is_in_bounds
// is_in_bounds_end
let v5007 = v159 + v4997;
let v5016 = u32(v5001);
let v5017 = v5016 * v19;
let v5019 = v4388 + v5017;
let v5020 = u32(v5007);
let v5021 = v5020 * v20;
let v5022 = v5019 + v5021;
let v5024 = v5022 / v1025;
let v5025 = v5001 < v17;
let v5026 = v5007 < v18;
let v5027 = v5025 && v5026;
let v5032 = v5024 < v18481;
let v5036 = u32(v5032);
let v5037 = v5024 * v5036;
let v5041 = &(*v20194)[v5037];
let v5042 = *v5041;
let v5043 = vec2<bool>(v5032);
let v5044 = select(v1002, v5042, v5043);
let v5045 = vec2<bool>(v5027);
let v5046 = select(v1002, v5044, v5045);
let v5047 = u32(v4953);
let v5049 = v5047 / v1025;
let v5052 = v4346 + v5049;
let v5053 = &(*v18509)[v5052];
*v5053 = v5046;
let v5058 = v4322 + v19563;
let v5060 = v5058 / v216;
let v5062 = v5058 % v216;
let v5075 = v5060 / v181;
let v5077 = v5060 % v181;
let v5094 = v5075 * v184;
let v5096 = v5077 * v184;
let v5098 = v5062 % v184;
let v5100 = v5062 / v184;
let v5101 = v5094 + v5098;
let v5102 = v5096 + v5100;
// is_in_bounds
// is_in_bounds_end
let v5106 = v4330 + v5101;
// is_in_bounds
// is_in_bounds_end
let v5112 = v159 + v5102;
let v5121 = u32(v5106);
let v5122 = v5121 * v19;
let v5124 = v4388 + v5122;
let v5125 = u32(v5112);
let v5126 = v5125 * v20;
let v5127 = v5124 + v5126;
let v5129 = v5127 / v1025;
let v5130 = v5106 < v17;
let v5131 = v5112 < v18;
let v5132 = v5130 && v5131;
let v5137 = v5129 < v18481;
let v5141 = u32(v5137);
let v5142 = v5129 * v5141;
let v5146 = &(*v20194)[v5142];
let v5147 = *v5146;
let v5148 = vec2<bool>(v5137);
let v5149 = select(v1002, v5147, v5148);
let v5150 = vec2<bool>(v5132);
let v5151 = select(v1002, v5149, v5150);
let v5152 = u32(v5058);
let v5154 = v5152 / v1025;
let v5157 = v4346 + v5154;
let v5158 = &(*v18509)[v5157];
*v5158 = v5151;
let v5163 = v4322 + v921;
let v5165 = v5163 / v216;
let v5167 = v5163 % v216;
let v5180 = v5165 / v181;
let v5182 = v5165 % v181;
let v5199 = v5180 * v184;
let v5201 = v5182 * v184;
let v5203 = v5167 % v184;
let v5205 = v5167 / v184;
let v5206 = v5199 + v5203;
let v5207 = v5201 + v5205;
// is_in_bounds
// is_in_bounds_end
let v5211 = v4330 + v5206;
// is_in_bounds
// is_in_bounds_end
let v5217 = v159 + v5207;
let v5226 = u32(v5211);
let v5227 = v5226 * v19;
let v5229 = v4388 + v5227;
let v5230 = u32(v5217);
let v5231 = v5230 * v20;
let v5232 = v5229 + v5231;
let v5234 = v5232 / v1025;
let v5235 = v5211 < v17;
let v5236 = v5217 < v18;
let v5237 = v5235 && v5236;
let v5242 = v5234 < v18481;
let v5246 = u32(v5242);
let v5247 = v5234 * v5246;
let v5251 = &(*v20194)[v5247];
let v5252 = *v5251;
let v5253 = vec2<bool>(v5242);
let v5254 = select(v1002, v5252, v5253);
let v5255 = vec2<bool>(v5237);
let v5256 = select(v1002, v5254, v5255);
let v5257 = u32(v5163);
let v5259 = v5257 / v1025;
let v5262 = v4346 + v5259;
let v5263 = &(*v18509)[v5262];
*v5263 = v5256;
let v5268 = v4322 + v19557;
let v5270 = v5268 / v216;
let v5272 = v5268 % v216;
let v5285 = v5270 / v181;
let v5287 = v5270 % v181;
let v5304 = v5285 * v184;
let v5306 = v5287 * v184;
let v5308 = v5272 % v184;
let v5310 = v5272 / v184;
let v5311 = v5304 + v5308;
let v5312 = v5306 + v5310;
// is_in_bounds
// is_in_bounds_end
let v5316 = v4330 + v5311;
// is_in_bounds
// is_in_bounds_end
let v5322 = v159 + v5312;
let v5331 = u32(v5316);
let v5332 = v5331 * v19;
let v5334 = v4388 + v5332;
let v5335 = u32(v5322);
let v5336 = v5335 * v20;
let v5337 = v5334 + v5336;
let v5339 = v5337 / v1025;
let v5340 = v5316 < v17;
let v5341 = v5322 < v18;
let v5342 = v5340 && v5341;
let v5347 = v5339 < v18481;
let v5351 = u32(v5347);
let v5352 = v5339 * v5351;
let v5356 = &(*v20194)[v5352];
let v5357 = *v5356;
let v5358 = vec2<bool>(v5347);
let v5359 = select(v1002, v5357, v5358);
let v5360 = vec2<bool>(v5342);
let v5361 = select(v1002, v5359, v5360);
let v5362 = u32(v5268);
let v5364 = v5362 / v1025;
let v5367 = v4346 + v5364;
let v5368 = &(*v18509)[v5367];
*v5368 = v5361;
let v5373 = v4322 + v19554;
let v5375 = v5373 / v216;
let v5377 = v5373 % v216;
let v5390 = v5375 / v181;
let v5392 = v5375 % v181;
let v5409 = v5390 * v184;
let v5411 = v5392 * v184;
let v5413 = v5377 % v184;
let v5415 = v5377 / v184;
let v5416 = v5409 + v5413;
let v5417 = v5411 + v5415;
// is_in_bounds
// is_in_bounds_end
let v5421 = v4330 + v5416;
// is_in_bounds
// is_in_bounds_end
let v5427 = v159 + v5417;
let v5436 = u32(v5421);
let v5437 = v5436 * v19;
let v5439 = v4388 + v5437;
let v5440 = u32(v5427);
let v5441 = v5440 * v20;
let v5442 = v5439 + v5441;
let v5444 = v5442 / v1025;
let v5445 = v5421 < v17;
let v5446 = v5427 < v18;
let v5447 = v5445 && v5446;
let v5452 = v5444 < v18481;
let v5456 = u32(v5452);
let v5457 = v5444 * v5456;
let v5461 = &(*v20194)[v5457];
let v5462 = *v5461;
let v5463 = vec2<bool>(v5452);
let v5464 = select(v1002, v5462, v5463);
let v5465 = vec2<bool>(v5447);
let v5466 = select(v1002, v5464, v5465);
let v5467 = u32(v5373);
let v5469 = v5467 / v1025;
let v5472 = v4346 + v5469;
let v5473 = &(*v18509)[v5472];
*v5473 = v5466;
let v5478 = v4322 + v19551;
let v5480 = v5478 / v216;
let v5482 = v5478 % v216;
let v5495 = v5480 / v181;
let v5497 = v5480 % v181;
let v5514 = v5495 * v184;
let v5516 = v5497 * v184;
let v5518 = v5482 % v184;
let v5520 = v5482 / v184;
let v5521 = v5514 + v5518;
let v5522 = v5516 + v5520;
// is_in_bounds
// is_in_bounds_end
let v5526 = v4330 + v5521;
// is_in_bounds
// is_in_bounds_end
let v5532 = v159 + v5522;
let v5541 = u32(v5526);
let v5542 = v5541 * v19;
let v5544 = v4388 + v5542;
let v5545 = u32(v5532);
let v5546 = v5545 * v20;
let v5547 = v5544 + v5546;
let v5549 = v5547 / v1025;
let v5550 = v5526 < v17;
let v5551 = v5532 < v18;
let v5552 = v5550 && v5551;
let v5557 = v5549 < v18481;
let v5561 = u32(v5557);
let v5562 = v5549 * v5561;
let v5566 = &(*v20194)[v5562];
let v5567 = *v5566;
let v5568 = vec2<bool>(v5557);
let v5569 = select(v1002, v5567, v5568);
let v5570 = vec2<bool>(v5552);
let v5571 = select(v1002, v5569, v5570);
let v5572 = u32(v5478);
let v5574 = v5572 / v1025;
let v5577 = v4346 + v5574;
let v5578 = &(*v18509)[v5577];
*v5578 = v5571;
let v5583 = v4322 + v19548;
let v5585 = v5583 / v216;
let v5587 = v5583 % v216;
let v5600 = v5585 / v181;
let v5602 = v5585 % v181;
let v5619 = v5600 * v184;
let v5621 = v5602 * v184;
let v5623 = v5587 % v184;
let v5625 = v5587 / v184;
let v5626 = v5619 + v5623;
let v5627 = v5621 + v5625;
// is_in_bounds
// is_in_bounds_end
let v5631 = v4330 + v5626;
// is_in_bounds
// is_in_bounds_end
let v5637 = v159 + v5627;
let v5646 = u32(v5631);
let v5647 = v5646 * v19;
let v5649 = v4388 + v5647;
let v5650 = u32(v5637);
let v5651 = v5650 * v20;
let v5652 = v5649 + v5651;
let v5654 = v5652 / v1025;
let v5655 = v5631 < v17;
let v5656 = v5637 < v18;
let v5657 = v5655 && v5656;
let v5662 = v5654 < v18481;
let v5666 = u32(v5662);
let v5667 = v5654 * v5666;
let v5671 = &(*v20194)[v5667];
let v5672 = *v5671;
let v5673 = vec2<bool>(v5662);
let v5674 = select(v1002, v5672, v5673);
let v5675 = vec2<bool>(v5657);
let v5676 = select(v1002, v5674, v5675);
let v5677 = u32(v5583);
let v5679 = v5677 / v1025;
let v5682 = v4346 + v5679;
let v5683 = &(*v18509)[v5682];
*v5683 = v5676;
let v5688 = v4322 + v19545;
let v5690 = v5688 / v216;
let v5692 = v5688 % v216;
let v5705 = v5690 / v181;
let v5707 = v5690 % v181;
let v5724 = v5705 * v184;
let v5726 = v5707 * v184;
let v5728 = v5692 % v184;
let v5730 = v5692 / v184;
let v5731 = v5724 + v5728;
let v5732 = v5726 + v5730;
// is_in_bounds
// is_in_bounds_end
let v5736 = v4330 + v5731;
// is_in_bounds
// is_in_bounds_end
let v5742 = v159 + v5732;
let v5751 = u32(v5736);
let v5752 = v5751 * v19;
let v5754 = v4388 + v5752;
let v5755 = u32(v5742);
let v5756 = v5755 * v20;
let v5757 = v5754 + v5756;
let v5759 = v5757 / v1025;
let v5760 = v5736 < v17;
let v5761 = v5742 < v18;
let v5762 = v5760 && v5761;
let v5767 = v5759 < v18481;
let v5771 = u32(v5767);
let v5772 = v5759 * v5771;
let v5776 = &(*v20194)[v5772];
let v5777 = *v5776;
let v5778 = vec2<bool>(v5767);
let v5779 = select(v1002, v5777, v5778);
let v5780 = vec2<bool>(v5762);
let v5781 = select(v1002, v5779, v5780);
let v5782 = u32(v5688);
let v5784 = v5782 / v1025;
let v5787 = v4346 + v5784;
let v5788 = &(*v18509)[v5787];
*v5788 = v5781;
let v5793 = v4322 + v19542;
let v5795 = v5793 / v216;
let v5797 = v5793 % v216;
let v5810 = v5795 / v181;
let v5812 = v5795 % v181;
let v5829 = v5810 * v184;
let v5831 = v5812 * v184;
let v5833 = v5797 % v184;
let v5835 = v5797 / v184;
let v5836 = v5829 + v5833;
let v5837 = v5831 + v5835;
// is_in_bounds
// is_in_bounds_end
let v5841 = v4330 + v5836;
// is_in_bounds
// is_in_bounds_end
let v5847 = v159 + v5837;
let v5856 = u32(v5841);
let v5857 = v5856 * v19;
let v5859 = v4388 + v5857;
let v5860 = u32(v5847);
let v5861 = v5860 * v20;
let v5862 = v5859 + v5861;
let v5864 = v5862 / v1025;
let v5865 = v5841 < v17;
let v5866 = v5847 < v18;
let v5867 = v5865 && v5866;
let v5872 = v5864 < v18481;
let v5876 = u32(v5872);
let v5877 = v5864 * v5876;
let v5881 = &(*v20194)[v5877];
let v5882 = *v5881;
let v5883 = vec2<bool>(v5872);
let v5884 = select(v1002, v5882, v5883);
let v5885 = vec2<bool>(v5867);
let v5886 = select(v1002, v5884, v5885);
let v5887 = u32(v5793);
let v5889 = v5887 / v1025;
let v5892 = v4346 + v5889;
let v5893 = &(*v18509)[v5892];
*v5893 = v5886;
let v5898 = v4322 + v19539;
let v5900 = v5898 / v216;
let v5902 = v5898 % v216;
let v5915 = v5900 / v181;
let v5917 = v5900 % v181;
let v5934 = v5915 * v184;
let v5936 = v5917 * v184;
let v5938 = v5902 % v184;
let v5940 = v5902 / v184;
let v5941 = v5934 + v5938;
let v5942 = v5936 + v5940;
// is_in_bounds
// is_in_bounds_end
let v5946 = v4330 + v5941;
// is_in_bounds
// is_in_bounds_end
let v5952 = v159 + v5942;
let v5961 = u32(v5946);
let v5962 = v5961 * v19;
let v5964 = v4388 + v5962;
let v5965 = u32(v5952);
let v5966 = v5965 * v20;
let v5967 = v5964 + v5966;
let v5969 = v5967 / v1025;
let v5970 = v5946 < v17;
let v5971 = v5952 < v18;
let v5972 = v5970 && v5971;
let v5977 = v5969 < v18481;
let v5981 = u32(v5977);
let v5982 = v5969 * v5981;
let v5986 = &(*v20194)[v5982];
let v5987 = *v5986;
let v5988 = vec2<bool>(v5977);
let v5989 = select(v1002, v5987, v5988);
let v5990 = vec2<bool>(v5972);
let v5991 = select(v1002, v5989, v5990);
let v5992 = u32(v5898);
let v5994 = v5992 / v1025;
let v5997 = v4346 + v5994;
let v5998 = &(*v18509)[v5997];
*v5998 = v5991;
workgroupBarrier();
let v6007 = v184 * v451;
let v6009 = v6007 / v197;
for(var v6015: u32 = v68; v6015 < v197; v6015 += v56) {
let v6021 = v6009 + v6015;
let v6022 = u32(v6021);
let v6026 = &(*v18507)[v6022];
let v6027 = *v6026;
let v6028 = v6027[0];
let v6033 = v6015 * v197;
let v6037 = u32(v6033);
let v6041 = &(*v18555)[v6037];
*v6041 = v6028;
let v6042 = v6027[1];
let v6050 = v6033 + v56;
let v6051 = u32(v6050);
let v6055 = &(*v18555)[v6051];
*v6055 = v6042;

}
let v6062 = v184 * v486;
let v6064 = v6062 / v197;
for(var v6070: u32 = v68; v6070 < v197; v6070 += v56) {
let v6076 = v6064 + v6070;
let v6077 = u32(v6076);
let v6081 = &(*v18507)[v6077];
let v6082 = *v6081;
let v6083 = v6082[0];
let v6088 = v6070 * v197;
let v6092 = u32(v6088);
let v6096 = &(*v18556)[v6092];
*v6096 = v6083;
let v6097 = v6082[1];
let v6105 = v6088 + v56;
let v6106 = u32(v6105);
let v6110 = &(*v18556)[v6106];
*v6110 = v6097;

}
let v6117 = v184 * v514;
let v6119 = v6117 / v197;
for(var v6125: u32 = v68; v6125 < v197; v6125 += v56) {
let v6131 = v6119 + v6125;
let v6132 = u32(v6131);
let v6136 = &(*v18507)[v6132];
let v6137 = *v6136;
let v6138 = v6137[0];
let v6143 = v6125 * v197;
let v6147 = u32(v6143);
let v6151 = &(*v18557)[v6147];
*v6151 = v6138;
let v6152 = v6137[1];
let v6160 = v6143 + v56;
let v6161 = u32(v6160);
let v6165 = &(*v18557)[v6161];
*v6165 = v6152;

}
let v6172 = v184 * v542;
let v6174 = v6172 / v197;
for(var v6180: u32 = v68; v6180 < v197; v6180 += v56) {
let v6186 = v6174 + v6180;
let v6187 = u32(v6186);
let v6191 = &(*v18507)[v6187];
let v6192 = *v6191;
let v6193 = v6192[0];
let v6198 = v6180 * v197;
let v6202 = u32(v6198);
let v6206 = &(*v18558)[v6202];
*v6206 = v6193;
let v6207 = v6192[1];
let v6215 = v6198 + v56;
let v6216 = u32(v6215);
let v6220 = &(*v18558)[v6216];
*v6220 = v6207;

}
let v6227 = v184 * v570;
let v6229 = v6227 / v197;
for(var v6235: u32 = v68; v6235 < v197; v6235 += v56) {
let v6241 = v6229 + v6235;
let v6242 = u32(v6241);
let v6246 = &(*v18507)[v6242];
let v6247 = *v6246;
let v6248 = v6247[0];
let v6253 = v6235 * v197;
let v6257 = u32(v6253);
let v6261 = &(*v18559)[v6257];
*v6261 = v6248;
let v6262 = v6247[1];
let v6270 = v6253 + v56;
let v6271 = u32(v6270);
let v6275 = &(*v18559)[v6271];
*v6275 = v6262;

}
let v6282 = v184 * v598;
let v6284 = v6282 / v197;
for(var v6290: u32 = v68; v6290 < v197; v6290 += v56) {
let v6296 = v6284 + v6290;
let v6297 = u32(v6296);
let v6301 = &(*v18507)[v6297];
let v6302 = *v6301;
let v6303 = v6302[0];
let v6308 = v6290 * v197;
let v6312 = u32(v6308);
let v6316 = &(*v18560)[v6312];
*v6316 = v6303;
let v6317 = v6302[1];
let v6325 = v6308 + v56;
let v6326 = u32(v6325);
let v6330 = &(*v18560)[v6326];
*v6330 = v6317;

}
let v6337 = v184 * v626;
let v6339 = v6337 / v197;
for(var v6345: u32 = v68; v6345 < v197; v6345 += v56) {
let v6351 = v6339 + v6345;
let v6352 = u32(v6351);
let v6356 = &(*v18507)[v6352];
let v6357 = *v6356;
let v6358 = v6357[0];
let v6363 = v6345 * v197;
let v6367 = u32(v6363);
let v6371 = &(*v18561)[v6367];
*v6371 = v6358;
let v6372 = v6357[1];
let v6380 = v6363 + v56;
let v6381 = u32(v6380);
let v6385 = &(*v18561)[v6381];
*v6385 = v6372;

}
let v6392 = v184 * v654;
let v6394 = v6392 / v197;
for(var v6400: u32 = v68; v6400 < v197; v6400 += v56) {
let v6406 = v6394 + v6400;
let v6407 = u32(v6406);
let v6411 = &(*v18507)[v6407];
let v6412 = *v6411;
let v6413 = v6412[0];
let v6418 = v6400 * v197;
let v6422 = u32(v6418);
let v6426 = &(*v18562)[v6422];
*v6426 = v6413;
let v6427 = v6412[1];
let v6435 = v6418 + v56;
let v6436 = u32(v6435);
let v6440 = &(*v18562)[v6436];
*v6440 = v6427;

}
let v6447 = v184 * v682;
let v6449 = v6447 / v197;
for(var v6455: u32 = v68; v6455 < v197; v6455 += v56) {
let v6461 = v6449 + v6455;
let v6462 = u32(v6461);
let v6466 = &(*v18507)[v6462];
let v6467 = *v6466;
let v6468 = v6467[0];
let v6473 = v6455 * v197;
let v6477 = u32(v6473);
let v6481 = &(*v18563)[v6477];
*v6481 = v6468;
let v6482 = v6467[1];
let v6490 = v6473 + v56;
let v6491 = u32(v6490);
let v6495 = &(*v18563)[v6491];
*v6495 = v6482;

}
let v6502 = v184 * v710;
let v6504 = v6502 / v197;
for(var v6510: u32 = v68; v6510 < v197; v6510 += v56) {
let v6516 = v6504 + v6510;
let v6517 = u32(v6516);
let v6521 = &(*v18507)[v6517];
let v6522 = *v6521;
let v6523 = v6522[0];
let v6528 = v6510 * v197;
let v6532 = u32(v6528);
let v6536 = &(*v18564)[v6532];
*v6536 = v6523;
let v6537 = v6522[1];
let v6545 = v6528 + v56;
let v6546 = u32(v6545);
let v6550 = &(*v18564)[v6546];
*v6550 = v6537;

}
let v6557 = v184 * v738;
let v6559 = v6557 / v197;
for(var v6565: u32 = v68; v6565 < v197; v6565 += v56) {
let v6571 = v6559 + v6565;
let v6572 = u32(v6571);
let v6576 = &(*v18507)[v6572];
let v6577 = *v6576;
let v6578 = v6577[0];
let v6583 = v6565 * v197;
let v6587 = u32(v6583);
let v6591 = &(*v18565)[v6587];
*v6591 = v6578;
let v6592 = v6577[1];
let v6600 = v6583 + v56;
let v6601 = u32(v6600);
let v6605 = &(*v18565)[v6601];
*v6605 = v6592;

}
let v6612 = v184 * v766;
let v6614 = v6612 / v197;
for(var v6620: u32 = v68; v6620 < v197; v6620 += v56) {
let v6626 = v6614 + v6620;
let v6627 = u32(v6626);
let v6631 = &(*v18507)[v6627];
let v6632 = *v6631;
let v6633 = v6632[0];
let v6638 = v6620 * v197;
let v6642 = u32(v6638);
let v6646 = &(*v18566)[v6642];
*v6646 = v6633;
let v6647 = v6632[1];
let v6655 = v6638 + v56;
let v6656 = u32(v6655);
let v6660 = &(*v18566)[v6656];
*v6660 = v6647;

}
let v6667 = v184 * v794;
let v6669 = v6667 / v197;
for(var v6675: u32 = v68; v6675 < v197; v6675 += v56) {
let v6681 = v6669 + v6675;
let v6682 = u32(v6681);
let v6686 = &(*v18507)[v6682];
let v6687 = *v6686;
let v6688 = v6687[0];
let v6693 = v6675 * v197;
let v6697 = u32(v6693);
let v6701 = &(*v18567)[v6697];
*v6701 = v6688;
let v6702 = v6687[1];
let v6710 = v6693 + v56;
let v6711 = u32(v6710);
let v6715 = &(*v18567)[v6711];
*v6715 = v6702;

}
let v6722 = v184 * v822;
let v6724 = v6722 / v197;
for(var v6730: u32 = v68; v6730 < v197; v6730 += v56) {
let v6736 = v6724 + v6730;
let v6737 = u32(v6736);
let v6741 = &(*v18507)[v6737];
let v6742 = *v6741;
let v6743 = v6742[0];
let v6748 = v6730 * v197;
let v6752 = u32(v6748);
let v6756 = &(*v18568)[v6752];
*v6756 = v6743;
let v6757 = v6742[1];
let v6765 = v6748 + v56;
let v6766 = u32(v6765);
let v6770 = &(*v18568)[v6766];
*v6770 = v6757;

}
let v6777 = v184 * v850;
let v6779 = v6777 / v197;
for(var v6785: u32 = v68; v6785 < v197; v6785 += v56) {
let v6791 = v6779 + v6785;
let v6792 = u32(v6791);
let v6796 = &(*v18507)[v6792];
let v6797 = *v6796;
let v6798 = v6797[0];
let v6803 = v6785 * v197;
let v6807 = u32(v6803);
let v6811 = &(*v18569)[v6807];
*v6811 = v6798;
let v6812 = v6797[1];
let v6820 = v6803 + v56;
let v6821 = u32(v6820);
let v6825 = &(*v18569)[v6821];
*v6825 = v6812;

}
let v6832 = v184 * v878;
let v6834 = v6832 / v197;
for(var v6840: u32 = v68; v6840 < v197; v6840 += v56) {
let v6846 = v6834 + v6840;
let v6847 = u32(v6846);
let v6851 = &(*v18507)[v6847];
let v6852 = *v6851;
let v6853 = v6852[0];
let v6858 = v6840 * v197;
let v6862 = u32(v6858);
let v6866 = &(*v18570)[v6862];
*v6866 = v6853;
let v6867 = v6852[1];
let v6875 = v6858 + v56;
let v6876 = u32(v6875);
let v6880 = &(*v18570)[v6876];
*v6880 = v6867;

}
let v6887 = v216 * v453;
let v6889 = v6887 / v197;
for(var v6895: u32 = v68; v6895 < v184; v6895 += v56) {
for(var v6900: u32 = v68; v6900 < v197; v6900 += v56) {
let v6903 = v6895 * v197;
let v6904 = v6903 + v6900;
let v6905 = v6889 + v6904;
let v6906 = u32(v6905);
let v6910 = &(*v18509)[v6906];
let v6911 = *v6910;
let v6912 = v6911[0];
let v6914 = v6895 * v184;
let v6916 = v6900 * v197;
let v6917 = v6914 + v6916;
let v6920 = u32(v6917);
let v6924 = &(*v18603)[v6920];
*v6924 = v6912;
let v6925 = v6911[1];
let v6932 = v6917 + v56;
let v6933 = u32(v6932);
let v6937 = &(*v18603)[v6933];
*v6937 = v6925;

}

}
let v6940 = u32(1);
for(var v6941: u32 = v11; v6941 < v251; v6941 += v6940) {
for(var v6946: u32 = v11; v6946 < v251; v6946 += v6940) {
let v6955 = &(*v18555)[v6946];
let v6956 = *v6955;
let v6958 = v6941 * v251;
let v6959 = v6958 + v6946;
let v6963 = &(*v18603)[v6959];
let v6964 = *v6963;
let v6973 = &(*v18523)[v6941];
let v6974 = *v6973;
let v20065 = fma(v6956, v6964, v6974);
*v6973 = v20065;

}

}
for(var v6979: u32 = v11; v6979 < v251; v6979 += v6940) {
for(var v6984: u32 = v11; v6984 < v251; v6984 += v6940) {
let v6993 = &(*v18556)[v6984];
let v6994 = *v6993;
let v6996 = v6979 * v251;
let v6997 = v6996 + v6984;
let v7001 = &(*v18603)[v6997];
let v7002 = *v7001;
let v7011 = &(*v18525)[v6979];
let v7012 = *v7011;
let v20066 = fma(v6994, v7002, v7012);
*v7011 = v20066;

}

}
for(var v7017: u32 = v11; v7017 < v251; v7017 += v6940) {
for(var v7022: u32 = v11; v7022 < v251; v7022 += v6940) {
let v7031 = &(*v18557)[v7022];
let v7032 = *v7031;
let v7034 = v7017 * v251;
let v7035 = v7034 + v7022;
let v7039 = &(*v18603)[v7035];
let v7040 = *v7039;
let v7049 = &(*v18527)[v7017];
let v7050 = *v7049;
let v20067 = fma(v7032, v7040, v7050);
*v7049 = v20067;

}

}
for(var v7055: u32 = v11; v7055 < v251; v7055 += v6940) {
for(var v7060: u32 = v11; v7060 < v251; v7060 += v6940) {
let v7069 = &(*v18558)[v7060];
let v7070 = *v7069;
let v7072 = v7055 * v251;
let v7073 = v7072 + v7060;
let v7077 = &(*v18603)[v7073];
let v7078 = *v7077;
let v7087 = &(*v18529)[v7055];
let v7088 = *v7087;
let v20068 = fma(v7070, v7078, v7088);
*v7087 = v20068;

}

}
for(var v7093: u32 = v11; v7093 < v251; v7093 += v6940) {
for(var v7098: u32 = v11; v7098 < v251; v7098 += v6940) {
let v7107 = &(*v18559)[v7098];
let v7108 = *v7107;
let v7110 = v7093 * v251;
let v7111 = v7110 + v7098;
let v7115 = &(*v18603)[v7111];
let v7116 = *v7115;
let v7125 = &(*v18531)[v7093];
let v7126 = *v7125;
let v20069 = fma(v7108, v7116, v7126);
*v7125 = v20069;

}

}
for(var v7131: u32 = v11; v7131 < v251; v7131 += v6940) {
for(var v7136: u32 = v11; v7136 < v251; v7136 += v6940) {
let v7145 = &(*v18560)[v7136];
let v7146 = *v7145;
let v7148 = v7131 * v251;
let v7149 = v7148 + v7136;
let v7153 = &(*v18603)[v7149];
let v7154 = *v7153;
let v7163 = &(*v18533)[v7131];
let v7164 = *v7163;
let v20070 = fma(v7146, v7154, v7164);
*v7163 = v20070;

}

}
for(var v7169: u32 = v11; v7169 < v251; v7169 += v6940) {
for(var v7174: u32 = v11; v7174 < v251; v7174 += v6940) {
let v7183 = &(*v18561)[v7174];
let v7184 = *v7183;
let v7186 = v7169 * v251;
let v7187 = v7186 + v7174;
let v7191 = &(*v18603)[v7187];
let v7192 = *v7191;
let v7201 = &(*v18535)[v7169];
let v7202 = *v7201;
let v20071 = fma(v7184, v7192, v7202);
*v7201 = v20071;

}

}
for(var v7207: u32 = v11; v7207 < v251; v7207 += v6940) {
for(var v7212: u32 = v11; v7212 < v251; v7212 += v6940) {
let v7221 = &(*v18562)[v7212];
let v7222 = *v7221;
let v7224 = v7207 * v251;
let v7225 = v7224 + v7212;
let v7229 = &(*v18603)[v7225];
let v7230 = *v7229;
let v7239 = &(*v18537)[v7207];
let v7240 = *v7239;
let v20072 = fma(v7222, v7230, v7240);
*v7239 = v20072;

}

}
for(var v7245: u32 = v11; v7245 < v251; v7245 += v6940) {
for(var v7250: u32 = v11; v7250 < v251; v7250 += v6940) {
let v7259 = &(*v18563)[v7250];
let v7260 = *v7259;
let v7262 = v7245 * v251;
let v7263 = v7262 + v7250;
let v7267 = &(*v18603)[v7263];
let v7268 = *v7267;
let v7277 = &(*v18539)[v7245];
let v7278 = *v7277;
let v20073 = fma(v7260, v7268, v7278);
*v7277 = v20073;

}

}
for(var v7283: u32 = v11; v7283 < v251; v7283 += v6940) {
for(var v7288: u32 = v11; v7288 < v251; v7288 += v6940) {
let v7297 = &(*v18564)[v7288];
let v7298 = *v7297;
let v7300 = v7283 * v251;
let v7301 = v7300 + v7288;
let v7305 = &(*v18603)[v7301];
let v7306 = *v7305;
let v7315 = &(*v18541)[v7283];
let v7316 = *v7315;
let v20074 = fma(v7298, v7306, v7316);
*v7315 = v20074;

}

}
for(var v7321: u32 = v11; v7321 < v251; v7321 += v6940) {
for(var v7326: u32 = v11; v7326 < v251; v7326 += v6940) {
let v7335 = &(*v18565)[v7326];
let v7336 = *v7335;
let v7338 = v7321 * v251;
let v7339 = v7338 + v7326;
let v7343 = &(*v18603)[v7339];
let v7344 = *v7343;
let v7353 = &(*v18543)[v7321];
let v7354 = *v7353;
let v20075 = fma(v7336, v7344, v7354);
*v7353 = v20075;

}

}
for(var v7359: u32 = v11; v7359 < v251; v7359 += v6940) {
for(var v7364: u32 = v11; v7364 < v251; v7364 += v6940) {
let v7373 = &(*v18566)[v7364];
let v7374 = *v7373;
let v7376 = v7359 * v251;
let v7377 = v7376 + v7364;
let v7381 = &(*v18603)[v7377];
let v7382 = *v7381;
let v7391 = &(*v18545)[v7359];
let v7392 = *v7391;
let v20076 = fma(v7374, v7382, v7392);
*v7391 = v20076;

}

}
for(var v7397: u32 = v11; v7397 < v251; v7397 += v6940) {
for(var v7402: u32 = v11; v7402 < v251; v7402 += v6940) {
let v7411 = &(*v18567)[v7402];
let v7412 = *v7411;
let v7414 = v7397 * v251;
let v7415 = v7414 + v7402;
let v7419 = &(*v18603)[v7415];
let v7420 = *v7419;
let v7429 = &(*v18547)[v7397];
let v7430 = *v7429;
let v20077 = fma(v7412, v7420, v7430);
*v7429 = v20077;

}

}
for(var v7435: u32 = v11; v7435 < v251; v7435 += v6940) {
for(var v7440: u32 = v11; v7440 < v251; v7440 += v6940) {
let v7449 = &(*v18568)[v7440];
let v7450 = *v7449;
let v7452 = v7435 * v251;
let v7453 = v7452 + v7440;
let v7457 = &(*v18603)[v7453];
let v7458 = *v7457;
let v7467 = &(*v18549)[v7435];
let v7468 = *v7467;
let v20078 = fma(v7450, v7458, v7468);
*v7467 = v20078;

}

}
for(var v7473: u32 = v11; v7473 < v251; v7473 += v6940) {
for(var v7478: u32 = v11; v7478 < v251; v7478 += v6940) {
let v7487 = &(*v18569)[v7478];
let v7488 = *v7487;
let v7490 = v7473 * v251;
let v7491 = v7490 + v7478;
let v7495 = &(*v18603)[v7491];
let v7496 = *v7495;
let v7505 = &(*v18551)[v7473];
let v7506 = *v7505;
let v20079 = fma(v7488, v7496, v7506);
*v7505 = v20079;

}

}
for(var v7511: u32 = v11; v7511 < v251; v7511 += v6940) {
for(var v7516: u32 = v11; v7516 < v251; v7516 += v6940) {
let v7525 = &(*v18570)[v7516];
let v7526 = *v7525;
let v7528 = v7511 * v251;
let v7529 = v7528 + v7516;
let v7533 = &(*v18603)[v7529];
let v7534 = *v7533;
let v7543 = &(*v18553)[v7511];
let v7544 = *v7543;
let v20080 = fma(v7526, v7534, v7544);
*v7543 = v20080;

}

}
let v7552 = v216 * v473;
let v7554 = v7552 / v197;
for(var v7560: u32 = v68; v7560 < v184; v7560 += v56) {
for(var v7565: u32 = v68; v7565 < v197; v7565 += v56) {
let v7568 = v7560 * v197;
let v7569 = v7568 + v7565;
let v7570 = v7554 + v7569;
let v7571 = u32(v7570);
let v7575 = &(*v18509)[v7571];
let v7576 = *v7575;
let v7577 = v7576[0];
let v7579 = v7560 * v184;
let v7581 = v7565 * v197;
let v7582 = v7579 + v7581;
let v7585 = u32(v7582);
let v7589 = &(*v18603)[v7585];
*v7589 = v7577;
let v7590 = v7576[1];
let v7597 = v7582 + v56;
let v7598 = u32(v7597);
let v7602 = &(*v18603)[v7598];
*v7602 = v7590;

}

}
for(var v7606: u32 = v11; v7606 < v251; v7606 += v6940) {
for(var v7611: u32 = v11; v7611 < v251; v7611 += v6940) {
let v7620 = &(*v18555)[v7611];
let v7621 = *v7620;
let v7623 = v7606 * v251;
let v7624 = v7623 + v7611;
let v7628 = &(*v18603)[v7624];
let v7629 = *v7628;
let v7638 = &(*v18524)[v7606];
let v7639 = *v7638;
let v20081 = fma(v7621, v7629, v7639);
*v7638 = v20081;

}

}
for(var v7644: u32 = v11; v7644 < v251; v7644 += v6940) {
for(var v7649: u32 = v11; v7649 < v251; v7649 += v6940) {
let v7658 = &(*v18556)[v7649];
let v7659 = *v7658;
let v7661 = v7644 * v251;
let v7662 = v7661 + v7649;
let v7666 = &(*v18603)[v7662];
let v7667 = *v7666;
let v7676 = &(*v18526)[v7644];
let v7677 = *v7676;
let v20082 = fma(v7659, v7667, v7677);
*v7676 = v20082;

}

}
for(var v7682: u32 = v11; v7682 < v251; v7682 += v6940) {
for(var v7687: u32 = v11; v7687 < v251; v7687 += v6940) {
let v7696 = &(*v18557)[v7687];
let v7697 = *v7696;
let v7699 = v7682 * v251;
let v7700 = v7699 + v7687;
let v7704 = &(*v18603)[v7700];
let v7705 = *v7704;
let v7714 = &(*v18528)[v7682];
let v7715 = *v7714;
let v20083 = fma(v7697, v7705, v7715);
*v7714 = v20083;

}

}
for(var v7720: u32 = v11; v7720 < v251; v7720 += v6940) {
for(var v7725: u32 = v11; v7725 < v251; v7725 += v6940) {
let v7734 = &(*v18558)[v7725];
let v7735 = *v7734;
let v7737 = v7720 * v251;
let v7738 = v7737 + v7725;
let v7742 = &(*v18603)[v7738];
let v7743 = *v7742;
let v7752 = &(*v18530)[v7720];
let v7753 = *v7752;
let v20084 = fma(v7735, v7743, v7753);
*v7752 = v20084;

}

}
for(var v7758: u32 = v11; v7758 < v251; v7758 += v6940) {
for(var v7763: u32 = v11; v7763 < v251; v7763 += v6940) {
let v7772 = &(*v18559)[v7763];
let v7773 = *v7772;
let v7775 = v7758 * v251;
let v7776 = v7775 + v7763;
let v7780 = &(*v18603)[v7776];
let v7781 = *v7780;
let v7790 = &(*v18532)[v7758];
let v7791 = *v7790;
let v20085 = fma(v7773, v7781, v7791);
*v7790 = v20085;

}

}
for(var v7796: u32 = v11; v7796 < v251; v7796 += v6940) {
for(var v7801: u32 = v11; v7801 < v251; v7801 += v6940) {
let v7810 = &(*v18560)[v7801];
let v7811 = *v7810;
let v7813 = v7796 * v251;
let v7814 = v7813 + v7801;
let v7818 = &(*v18603)[v7814];
let v7819 = *v7818;
let v7828 = &(*v18534)[v7796];
let v7829 = *v7828;
let v20086 = fma(v7811, v7819, v7829);
*v7828 = v20086;

}

}
for(var v7834: u32 = v11; v7834 < v251; v7834 += v6940) {
for(var v7839: u32 = v11; v7839 < v251; v7839 += v6940) {
let v7848 = &(*v18561)[v7839];
let v7849 = *v7848;
let v7851 = v7834 * v251;
let v7852 = v7851 + v7839;
let v7856 = &(*v18603)[v7852];
let v7857 = *v7856;
let v7866 = &(*v18536)[v7834];
let v7867 = *v7866;
let v20087 = fma(v7849, v7857, v7867);
*v7866 = v20087;

}

}
for(var v7872: u32 = v11; v7872 < v251; v7872 += v6940) {
for(var v7877: u32 = v11; v7877 < v251; v7877 += v6940) {
let v7886 = &(*v18562)[v7877];
let v7887 = *v7886;
let v7889 = v7872 * v251;
let v7890 = v7889 + v7877;
let v7894 = &(*v18603)[v7890];
let v7895 = *v7894;
let v7904 = &(*v18538)[v7872];
let v7905 = *v7904;
let v20088 = fma(v7887, v7895, v7905);
*v7904 = v20088;

}

}
for(var v7910: u32 = v11; v7910 < v251; v7910 += v6940) {
for(var v7915: u32 = v11; v7915 < v251; v7915 += v6940) {
let v7924 = &(*v18563)[v7915];
let v7925 = *v7924;
let v7927 = v7910 * v251;
let v7928 = v7927 + v7915;
let v7932 = &(*v18603)[v7928];
let v7933 = *v7932;
let v7942 = &(*v18540)[v7910];
let v7943 = *v7942;
let v20089 = fma(v7925, v7933, v7943);
*v7942 = v20089;

}

}
for(var v7948: u32 = v11; v7948 < v251; v7948 += v6940) {
for(var v7953: u32 = v11; v7953 < v251; v7953 += v6940) {
let v7962 = &(*v18564)[v7953];
let v7963 = *v7962;
let v7965 = v7948 * v251;
let v7966 = v7965 + v7953;
let v7970 = &(*v18603)[v7966];
let v7971 = *v7970;
let v7980 = &(*v18542)[v7948];
let v7981 = *v7980;
let v20090 = fma(v7963, v7971, v7981);
*v7980 = v20090;

}

}
for(var v7986: u32 = v11; v7986 < v251; v7986 += v6940) {
for(var v7991: u32 = v11; v7991 < v251; v7991 += v6940) {
let v8000 = &(*v18565)[v7991];
let v8001 = *v8000;
let v8003 = v7986 * v251;
let v8004 = v8003 + v7991;
let v8008 = &(*v18603)[v8004];
let v8009 = *v8008;
let v8018 = &(*v18544)[v7986];
let v8019 = *v8018;
let v20091 = fma(v8001, v8009, v8019);
*v8018 = v20091;

}

}
for(var v8024: u32 = v11; v8024 < v251; v8024 += v6940) {
for(var v8029: u32 = v11; v8029 < v251; v8029 += v6940) {
let v8038 = &(*v18566)[v8029];
let v8039 = *v8038;
let v8041 = v8024 * v251;
let v8042 = v8041 + v8029;
let v8046 = &(*v18603)[v8042];
let v8047 = *v8046;
let v8056 = &(*v18546)[v8024];
let v8057 = *v8056;
let v20092 = fma(v8039, v8047, v8057);
*v8056 = v20092;

}

}
for(var v8062: u32 = v11; v8062 < v251; v8062 += v6940) {
for(var v8067: u32 = v11; v8067 < v251; v8067 += v6940) {
let v8076 = &(*v18567)[v8067];
let v8077 = *v8076;
let v8079 = v8062 * v251;
let v8080 = v8079 + v8067;
let v8084 = &(*v18603)[v8080];
let v8085 = *v8084;
let v8094 = &(*v18548)[v8062];
let v8095 = *v8094;
let v20093 = fma(v8077, v8085, v8095);
*v8094 = v20093;

}

}
for(var v8100: u32 = v11; v8100 < v251; v8100 += v6940) {
for(var v8105: u32 = v11; v8105 < v251; v8105 += v6940) {
let v8114 = &(*v18568)[v8105];
let v8115 = *v8114;
let v8117 = v8100 * v251;
let v8118 = v8117 + v8105;
let v8122 = &(*v18603)[v8118];
let v8123 = *v8122;
let v8132 = &(*v18550)[v8100];
let v8133 = *v8132;
let v20094 = fma(v8115, v8123, v8133);
*v8132 = v20094;

}

}
for(var v8138: u32 = v11; v8138 < v251; v8138 += v6940) {
for(var v8143: u32 = v11; v8143 < v251; v8143 += v6940) {
let v8152 = &(*v18569)[v8143];
let v8153 = *v8152;
let v8155 = v8138 * v251;
let v8156 = v8155 + v8143;
let v8160 = &(*v18603)[v8156];
let v8161 = *v8160;
let v8170 = &(*v18552)[v8138];
let v8171 = *v8170;
let v20095 = fma(v8153, v8161, v8171);
*v8170 = v20095;

}

}
for(var v8176: u32 = v11; v8176 < v251; v8176 += v6940) {
for(var v8181: u32 = v11; v8181 < v251; v8181 += v6940) {
let v8190 = &(*v18570)[v8181];
let v8191 = *v8190;
let v8193 = v8176 * v251;
let v8194 = v8193 + v8181;
let v8198 = &(*v18603)[v8194];
let v8199 = *v8198;
let v8208 = &(*v18554)[v8176];
let v8209 = *v8208;
let v20096 = fma(v8191, v8199, v8209);
*v8208 = v20096;

}

}
let v8217 = v58 + v451;
let v8219 = v184 * v8217;
let v8221 = v8219 / v197;
for(var v8227: u32 = v68; v8227 < v197; v8227 += v56) {
let v8233 = v8221 + v8227;
let v8234 = u32(v8233);
let v8238 = &(*v18507)[v8234];
let v8239 = *v8238;
let v8240 = v8239[0];
let v8245 = v8227 * v197;
let v8249 = u32(v8245);
let v8253 = &(*v18555)[v8249];
*v8253 = v8240;
let v8254 = v8239[1];
let v8262 = v8245 + v56;
let v8263 = u32(v8262);
let v8267 = &(*v18555)[v8263];
*v8267 = v8254;

}
let v8272 = v58 + v486;
let v8274 = v184 * v8272;
let v8276 = v8274 / v197;
for(var v8282: u32 = v68; v8282 < v197; v8282 += v56) {
let v8288 = v8276 + v8282;
let v8289 = u32(v8288);
let v8293 = &(*v18507)[v8289];
let v8294 = *v8293;
let v8295 = v8294[0];
let v8300 = v8282 * v197;
let v8304 = u32(v8300);
let v8308 = &(*v18556)[v8304];
*v8308 = v8295;
let v8309 = v8294[1];
let v8317 = v8300 + v56;
let v8318 = u32(v8317);
let v8322 = &(*v18556)[v8318];
*v8322 = v8309;

}
let v8327 = v58 + v514;
let v8329 = v184 * v8327;
let v8331 = v8329 / v197;
for(var v8337: u32 = v68; v8337 < v197; v8337 += v56) {
let v8343 = v8331 + v8337;
let v8344 = u32(v8343);
let v8348 = &(*v18507)[v8344];
let v8349 = *v8348;
let v8350 = v8349[0];
let v8355 = v8337 * v197;
let v8359 = u32(v8355);
let v8363 = &(*v18557)[v8359];
*v8363 = v8350;
let v8364 = v8349[1];
let v8372 = v8355 + v56;
let v8373 = u32(v8372);
let v8377 = &(*v18557)[v8373];
*v8377 = v8364;

}
let v8382 = v58 + v542;
let v8384 = v184 * v8382;
let v8386 = v8384 / v197;
for(var v8392: u32 = v68; v8392 < v197; v8392 += v56) {
let v8398 = v8386 + v8392;
let v8399 = u32(v8398);
let v8403 = &(*v18507)[v8399];
let v8404 = *v8403;
let v8405 = v8404[0];
let v8410 = v8392 * v197;
let v8414 = u32(v8410);
let v8418 = &(*v18558)[v8414];
*v8418 = v8405;
let v8419 = v8404[1];
let v8427 = v8410 + v56;
let v8428 = u32(v8427);
let v8432 = &(*v18558)[v8428];
*v8432 = v8419;

}
let v8437 = v58 + v570;
let v8439 = v184 * v8437;
let v8441 = v8439 / v197;
for(var v8447: u32 = v68; v8447 < v197; v8447 += v56) {
let v8453 = v8441 + v8447;
let v8454 = u32(v8453);
let v8458 = &(*v18507)[v8454];
let v8459 = *v8458;
let v8460 = v8459[0];
let v8465 = v8447 * v197;
let v8469 = u32(v8465);
let v8473 = &(*v18559)[v8469];
*v8473 = v8460;
let v8474 = v8459[1];
let v8482 = v8465 + v56;
let v8483 = u32(v8482);
let v8487 = &(*v18559)[v8483];
*v8487 = v8474;

}
let v8492 = v58 + v598;
let v8494 = v184 * v8492;
let v8496 = v8494 / v197;
for(var v8502: u32 = v68; v8502 < v197; v8502 += v56) {
let v8508 = v8496 + v8502;
let v8509 = u32(v8508);
let v8513 = &(*v18507)[v8509];
let v8514 = *v8513;
let v8515 = v8514[0];
let v8520 = v8502 * v197;
let v8524 = u32(v8520);
let v8528 = &(*v18560)[v8524];
*v8528 = v8515;
let v8529 = v8514[1];
let v8537 = v8520 + v56;
let v8538 = u32(v8537);
let v8542 = &(*v18560)[v8538];
*v8542 = v8529;

}
let v8547 = v58 + v626;
let v8549 = v184 * v8547;
let v8551 = v8549 / v197;
for(var v8557: u32 = v68; v8557 < v197; v8557 += v56) {
let v8563 = v8551 + v8557;
let v8564 = u32(v8563);
let v8568 = &(*v18507)[v8564];
let v8569 = *v8568;
let v8570 = v8569[0];
let v8575 = v8557 * v197;
let v8579 = u32(v8575);
let v8583 = &(*v18561)[v8579];
*v8583 = v8570;
let v8584 = v8569[1];
let v8592 = v8575 + v56;
let v8593 = u32(v8592);
let v8597 = &(*v18561)[v8593];
*v8597 = v8584;

}
let v8602 = v58 + v654;
let v8604 = v184 * v8602;
let v8606 = v8604 / v197;
for(var v8612: u32 = v68; v8612 < v197; v8612 += v56) {
let v8618 = v8606 + v8612;
let v8619 = u32(v8618);
let v8623 = &(*v18507)[v8619];
let v8624 = *v8623;
let v8625 = v8624[0];
let v8630 = v8612 * v197;
let v8634 = u32(v8630);
let v8638 = &(*v18562)[v8634];
*v8638 = v8625;
let v8639 = v8624[1];
let v8647 = v8630 + v56;
let v8648 = u32(v8647);
let v8652 = &(*v18562)[v8648];
*v8652 = v8639;

}
let v8657 = v58 + v682;
let v8659 = v184 * v8657;
let v8661 = v8659 / v197;
for(var v8667: u32 = v68; v8667 < v197; v8667 += v56) {
let v8673 = v8661 + v8667;
let v8674 = u32(v8673);
let v8678 = &(*v18507)[v8674];
let v8679 = *v8678;
let v8680 = v8679[0];
let v8685 = v8667 * v197;
let v8689 = u32(v8685);
let v8693 = &(*v18563)[v8689];
*v8693 = v8680;
let v8694 = v8679[1];
let v8702 = v8685 + v56;
let v8703 = u32(v8702);
let v8707 = &(*v18563)[v8703];
*v8707 = v8694;

}
let v8712 = v58 + v710;
let v8714 = v184 * v8712;
let v8716 = v8714 / v197;
for(var v8722: u32 = v68; v8722 < v197; v8722 += v56) {
let v8728 = v8716 + v8722;
let v8729 = u32(v8728);
let v8733 = &(*v18507)[v8729];
let v8734 = *v8733;
let v8735 = v8734[0];
let v8740 = v8722 * v197;
let v8744 = u32(v8740);
let v8748 = &(*v18564)[v8744];
*v8748 = v8735;
let v8749 = v8734[1];
let v8757 = v8740 + v56;
let v8758 = u32(v8757);
let v8762 = &(*v18564)[v8758];
*v8762 = v8749;

}
let v8767 = v58 + v738;
let v8769 = v184 * v8767;
let v8771 = v8769 / v197;
for(var v8777: u32 = v68; v8777 < v197; v8777 += v56) {
let v8783 = v8771 + v8777;
let v8784 = u32(v8783);
let v8788 = &(*v18507)[v8784];
let v8789 = *v8788;
let v8790 = v8789[0];
let v8795 = v8777 * v197;
let v8799 = u32(v8795);
let v8803 = &(*v18565)[v8799];
*v8803 = v8790;
let v8804 = v8789[1];
let v8812 = v8795 + v56;
let v8813 = u32(v8812);
let v8817 = &(*v18565)[v8813];
*v8817 = v8804;

}
let v8822 = v58 + v766;
let v8824 = v184 * v8822;
let v8826 = v8824 / v197;
for(var v8832: u32 = v68; v8832 < v197; v8832 += v56) {
let v8838 = v8826 + v8832;
let v8839 = u32(v8838);
let v8843 = &(*v18507)[v8839];
let v8844 = *v8843;
let v8845 = v8844[0];
let v8850 = v8832 * v197;
let v8854 = u32(v8850);
let v8858 = &(*v18566)[v8854];
*v8858 = v8845;
let v8859 = v8844[1];
let v8867 = v8850 + v56;
let v8868 = u32(v8867);
let v8872 = &(*v18566)[v8868];
*v8872 = v8859;

}
let v8877 = v58 + v794;
let v8879 = v184 * v8877;
let v8881 = v8879 / v197;
for(var v8887: u32 = v68; v8887 < v197; v8887 += v56) {
let v8893 = v8881 + v8887;
let v8894 = u32(v8893);
let v8898 = &(*v18507)[v8894];
let v8899 = *v8898;
let v8900 = v8899[0];
let v8905 = v8887 * v197;
let v8909 = u32(v8905);
let v8913 = &(*v18567)[v8909];
*v8913 = v8900;
let v8914 = v8899[1];
let v8922 = v8905 + v56;
let v8923 = u32(v8922);
let v8927 = &(*v18567)[v8923];
*v8927 = v8914;

}
let v8932 = v58 + v822;
let v8934 = v184 * v8932;
let v8936 = v8934 / v197;
for(var v8942: u32 = v68; v8942 < v197; v8942 += v56) {
let v8948 = v8936 + v8942;
let v8949 = u32(v8948);
let v8953 = &(*v18507)[v8949];
let v8954 = *v8953;
let v8955 = v8954[0];
let v8960 = v8942 * v197;
let v8964 = u32(v8960);
let v8968 = &(*v18568)[v8964];
*v8968 = v8955;
let v8969 = v8954[1];
let v8977 = v8960 + v56;
let v8978 = u32(v8977);
let v8982 = &(*v18568)[v8978];
*v8982 = v8969;

}
let v8987 = v58 + v850;
let v8989 = v184 * v8987;
let v8991 = v8989 / v197;
for(var v8997: u32 = v68; v8997 < v197; v8997 += v56) {
let v9003 = v8991 + v8997;
let v9004 = u32(v9003);
let v9008 = &(*v18507)[v9004];
let v9009 = *v9008;
let v9010 = v9009[0];
let v9015 = v8997 * v197;
let v9019 = u32(v9015);
let v9023 = &(*v18569)[v9019];
*v9023 = v9010;
let v9024 = v9009[1];
let v9032 = v9015 + v56;
let v9033 = u32(v9032);
let v9037 = &(*v18569)[v9033];
*v9037 = v9024;

}
let v9042 = v58 + v878;
let v9044 = v184 * v9042;
let v9046 = v9044 / v197;
for(var v9052: u32 = v68; v9052 < v197; v9052 += v56) {
let v9058 = v9046 + v9052;
let v9059 = u32(v9058);
let v9063 = &(*v18507)[v9059];
let v9064 = *v9063;
let v9065 = v9064[0];
let v9070 = v9052 * v197;
let v9074 = u32(v9070);
let v9078 = &(*v18570)[v9074];
*v9078 = v9065;
let v9079 = v9064[1];
let v9087 = v9070 + v56;
let v9088 = u32(v9087);
let v9092 = &(*v18570)[v9088];
*v9092 = v9079;

}
let v9097 = v181 + v453;
let v9099 = v216 * v9097;
let v9101 = v9099 / v197;
for(var v9107: u32 = v68; v9107 < v184; v9107 += v56) {
for(var v9112: u32 = v68; v9112 < v197; v9112 += v56) {
let v9115 = v9107 * v197;
let v9116 = v9115 + v9112;
let v9117 = v9101 + v9116;
let v9118 = u32(v9117);
let v9122 = &(*v18509)[v9118];
let v9123 = *v9122;
let v9124 = v9123[0];
let v9126 = v9107 * v184;
let v9128 = v9112 * v197;
let v9129 = v9126 + v9128;
let v9132 = u32(v9129);
let v9136 = &(*v18603)[v9132];
*v9136 = v9124;
let v9137 = v9123[1];
let v9144 = v9129 + v56;
let v9145 = u32(v9144);
let v9149 = &(*v18603)[v9145];
*v9149 = v9137;

}

}
for(var v9153: u32 = v11; v9153 < v251; v9153 += v6940) {
for(var v9158: u32 = v11; v9158 < v251; v9158 += v6940) {
let v9167 = &(*v18555)[v9158];
let v9168 = *v9167;
let v9170 = v9153 * v251;
let v9171 = v9170 + v9158;
let v9175 = &(*v18603)[v9171];
let v9176 = *v9175;
let v9185 = &(*v18523)[v9153];
let v9186 = *v9185;
let v20097 = fma(v9168, v9176, v9186);
*v9185 = v20097;

}

}
for(var v9191: u32 = v11; v9191 < v251; v9191 += v6940) {
for(var v9196: u32 = v11; v9196 < v251; v9196 += v6940) {
let v9205 = &(*v18556)[v9196];
let v9206 = *v9205;
let v9208 = v9191 * v251;
let v9209 = v9208 + v9196;
let v9213 = &(*v18603)[v9209];
let v9214 = *v9213;
let v9223 = &(*v18525)[v9191];
let v9224 = *v9223;
let v20098 = fma(v9206, v9214, v9224);
*v9223 = v20098;

}

}
for(var v9229: u32 = v11; v9229 < v251; v9229 += v6940) {
for(var v9234: u32 = v11; v9234 < v251; v9234 += v6940) {
let v9243 = &(*v18557)[v9234];
let v9244 = *v9243;
let v9246 = v9229 * v251;
let v9247 = v9246 + v9234;
let v9251 = &(*v18603)[v9247];
let v9252 = *v9251;
let v9261 = &(*v18527)[v9229];
let v9262 = *v9261;
let v20099 = fma(v9244, v9252, v9262);
*v9261 = v20099;

}

}
for(var v9267: u32 = v11; v9267 < v251; v9267 += v6940) {
for(var v9272: u32 = v11; v9272 < v251; v9272 += v6940) {
let v9281 = &(*v18558)[v9272];
let v9282 = *v9281;
let v9284 = v9267 * v251;
let v9285 = v9284 + v9272;
let v9289 = &(*v18603)[v9285];
let v9290 = *v9289;
let v9299 = &(*v18529)[v9267];
let v9300 = *v9299;
let v20100 = fma(v9282, v9290, v9300);
*v9299 = v20100;

}

}
for(var v9305: u32 = v11; v9305 < v251; v9305 += v6940) {
for(var v9310: u32 = v11; v9310 < v251; v9310 += v6940) {
let v9319 = &(*v18559)[v9310];
let v9320 = *v9319;
let v9322 = v9305 * v251;
let v9323 = v9322 + v9310;
let v9327 = &(*v18603)[v9323];
let v9328 = *v9327;
let v9337 = &(*v18531)[v9305];
let v9338 = *v9337;
let v20101 = fma(v9320, v9328, v9338);
*v9337 = v20101;

}

}
for(var v9343: u32 = v11; v9343 < v251; v9343 += v6940) {
for(var v9348: u32 = v11; v9348 < v251; v9348 += v6940) {
let v9357 = &(*v18560)[v9348];
let v9358 = *v9357;
let v9360 = v9343 * v251;
let v9361 = v9360 + v9348;
let v9365 = &(*v18603)[v9361];
let v9366 = *v9365;
let v9375 = &(*v18533)[v9343];
let v9376 = *v9375;
let v20102 = fma(v9358, v9366, v9376);
*v9375 = v20102;

}

}
for(var v9381: u32 = v11; v9381 < v251; v9381 += v6940) {
for(var v9386: u32 = v11; v9386 < v251; v9386 += v6940) {
let v9395 = &(*v18561)[v9386];
let v9396 = *v9395;
let v9398 = v9381 * v251;
let v9399 = v9398 + v9386;
let v9403 = &(*v18603)[v9399];
let v9404 = *v9403;
let v9413 = &(*v18535)[v9381];
let v9414 = *v9413;
let v20103 = fma(v9396, v9404, v9414);
*v9413 = v20103;

}

}
for(var v9419: u32 = v11; v9419 < v251; v9419 += v6940) {
for(var v9424: u32 = v11; v9424 < v251; v9424 += v6940) {
let v9433 = &(*v18562)[v9424];
let v9434 = *v9433;
let v9436 = v9419 * v251;
let v9437 = v9436 + v9424;
let v9441 = &(*v18603)[v9437];
let v9442 = *v9441;
let v9451 = &(*v18537)[v9419];
let v9452 = *v9451;
let v20104 = fma(v9434, v9442, v9452);
*v9451 = v20104;

}

}
for(var v9457: u32 = v11; v9457 < v251; v9457 += v6940) {
for(var v9462: u32 = v11; v9462 < v251; v9462 += v6940) {
let v9471 = &(*v18563)[v9462];
let v9472 = *v9471;
let v9474 = v9457 * v251;
let v9475 = v9474 + v9462;
let v9479 = &(*v18603)[v9475];
let v9480 = *v9479;
let v9489 = &(*v18539)[v9457];
let v9490 = *v9489;
let v20105 = fma(v9472, v9480, v9490);
*v9489 = v20105;

}

}
for(var v9495: u32 = v11; v9495 < v251; v9495 += v6940) {
for(var v9500: u32 = v11; v9500 < v251; v9500 += v6940) {
let v9509 = &(*v18564)[v9500];
let v9510 = *v9509;
let v9512 = v9495 * v251;
let v9513 = v9512 + v9500;
let v9517 = &(*v18603)[v9513];
let v9518 = *v9517;
let v9527 = &(*v18541)[v9495];
let v9528 = *v9527;
let v20106 = fma(v9510, v9518, v9528);
*v9527 = v20106;

}

}
for(var v9533: u32 = v11; v9533 < v251; v9533 += v6940) {
for(var v9538: u32 = v11; v9538 < v251; v9538 += v6940) {
let v9547 = &(*v18565)[v9538];
let v9548 = *v9547;
let v9550 = v9533 * v251;
let v9551 = v9550 + v9538;
let v9555 = &(*v18603)[v9551];
let v9556 = *v9555;
let v9565 = &(*v18543)[v9533];
let v9566 = *v9565;
let v20107 = fma(v9548, v9556, v9566);
*v9565 = v20107;

}

}
for(var v9571: u32 = v11; v9571 < v251; v9571 += v6940) {
for(var v9576: u32 = v11; v9576 < v251; v9576 += v6940) {
let v9585 = &(*v18566)[v9576];
let v9586 = *v9585;
let v9588 = v9571 * v251;
let v9589 = v9588 + v9576;
let v9593 = &(*v18603)[v9589];
let v9594 = *v9593;
let v9603 = &(*v18545)[v9571];
let v9604 = *v9603;
let v20108 = fma(v9586, v9594, v9604);
*v9603 = v20108;

}

}
for(var v9609: u32 = v11; v9609 < v251; v9609 += v6940) {
for(var v9614: u32 = v11; v9614 < v251; v9614 += v6940) {
let v9623 = &(*v18567)[v9614];
let v9624 = *v9623;
let v9626 = v9609 * v251;
let v9627 = v9626 + v9614;
let v9631 = &(*v18603)[v9627];
let v9632 = *v9631;
let v9641 = &(*v18547)[v9609];
let v9642 = *v9641;
let v20109 = fma(v9624, v9632, v9642);
*v9641 = v20109;

}

}
for(var v9647: u32 = v11; v9647 < v251; v9647 += v6940) {
for(var v9652: u32 = v11; v9652 < v251; v9652 += v6940) {
let v9661 = &(*v18568)[v9652];
let v9662 = *v9661;
let v9664 = v9647 * v251;
let v9665 = v9664 + v9652;
let v9669 = &(*v18603)[v9665];
let v9670 = *v9669;
let v9679 = &(*v18549)[v9647];
let v9680 = *v9679;
let v20110 = fma(v9662, v9670, v9680);
*v9679 = v20110;

}

}
for(var v9685: u32 = v11; v9685 < v251; v9685 += v6940) {
for(var v9690: u32 = v11; v9690 < v251; v9690 += v6940) {
let v9699 = &(*v18569)[v9690];
let v9700 = *v9699;
let v9702 = v9685 * v251;
let v9703 = v9702 + v9690;
let v9707 = &(*v18603)[v9703];
let v9708 = *v9707;
let v9717 = &(*v18551)[v9685];
let v9718 = *v9717;
let v20111 = fma(v9700, v9708, v9718);
*v9717 = v20111;

}

}
for(var v9723: u32 = v11; v9723 < v251; v9723 += v6940) {
for(var v9728: u32 = v11; v9728 < v251; v9728 += v6940) {
let v9737 = &(*v18570)[v9728];
let v9738 = *v9737;
let v9740 = v9723 * v251;
let v9741 = v9740 + v9728;
let v9745 = &(*v18603)[v9741];
let v9746 = *v9745;
let v9755 = &(*v18553)[v9723];
let v9756 = *v9755;
let v20112 = fma(v9738, v9746, v9756);
*v9755 = v20112;

}

}
let v9762 = v181 + v473;
let v9764 = v216 * v9762;
let v9766 = v9764 / v197;
for(var v9772: u32 = v68; v9772 < v184; v9772 += v56) {
for(var v9777: u32 = v68; v9777 < v197; v9777 += v56) {
let v9780 = v9772 * v197;
let v9781 = v9780 + v9777;
let v9782 = v9766 + v9781;
let v9783 = u32(v9782);
let v9787 = &(*v18509)[v9783];
let v9788 = *v9787;
let v9789 = v9788[0];
let v9791 = v9772 * v184;
let v9793 = v9777 * v197;
let v9794 = v9791 + v9793;
let v9797 = u32(v9794);
let v9801 = &(*v18603)[v9797];
*v9801 = v9789;
let v9802 = v9788[1];
let v9809 = v9794 + v56;
let v9810 = u32(v9809);
let v9814 = &(*v18603)[v9810];
*v9814 = v9802;

}

}
for(var v9818: u32 = v11; v9818 < v251; v9818 += v6940) {
for(var v9823: u32 = v11; v9823 < v251; v9823 += v6940) {
let v9832 = &(*v18555)[v9823];
let v9833 = *v9832;
let v9835 = v9818 * v251;
let v9836 = v9835 + v9823;
let v9840 = &(*v18603)[v9836];
let v9841 = *v9840;
let v9850 = &(*v18524)[v9818];
let v9851 = *v9850;
let v20113 = fma(v9833, v9841, v9851);
*v9850 = v20113;

}

}
for(var v9856: u32 = v11; v9856 < v251; v9856 += v6940) {
for(var v9861: u32 = v11; v9861 < v251; v9861 += v6940) {
let v9870 = &(*v18556)[v9861];
let v9871 = *v9870;
let v9873 = v9856 * v251;
let v9874 = v9873 + v9861;
let v9878 = &(*v18603)[v9874];
let v9879 = *v9878;
let v9888 = &(*v18526)[v9856];
let v9889 = *v9888;
let v20114 = fma(v9871, v9879, v9889);
*v9888 = v20114;

}

}
for(var v9894: u32 = v11; v9894 < v251; v9894 += v6940) {
for(var v9899: u32 = v11; v9899 < v251; v9899 += v6940) {
let v9908 = &(*v18557)[v9899];
let v9909 = *v9908;
let v9911 = v9894 * v251;
let v9912 = v9911 + v9899;
let v9916 = &(*v18603)[v9912];
let v9917 = *v9916;
let v9926 = &(*v18528)[v9894];
let v9927 = *v9926;
let v20115 = fma(v9909, v9917, v9927);
*v9926 = v20115;

}

}
for(var v9932: u32 = v11; v9932 < v251; v9932 += v6940) {
for(var v9937: u32 = v11; v9937 < v251; v9937 += v6940) {
let v9946 = &(*v18558)[v9937];
let v9947 = *v9946;
let v9949 = v9932 * v251;
let v9950 = v9949 + v9937;
let v9954 = &(*v18603)[v9950];
let v9955 = *v9954;
let v9964 = &(*v18530)[v9932];
let v9965 = *v9964;
let v20116 = fma(v9947, v9955, v9965);
*v9964 = v20116;

}

}
for(var v9970: u32 = v11; v9970 < v251; v9970 += v6940) {
for(var v9975: u32 = v11; v9975 < v251; v9975 += v6940) {
let v9984 = &(*v18559)[v9975];
let v9985 = *v9984;
let v9987 = v9970 * v251;
let v9988 = v9987 + v9975;
let v9992 = &(*v18603)[v9988];
let v9993 = *v9992;
let v10002 = &(*v18532)[v9970];
let v10003 = *v10002;
let v20117 = fma(v9985, v9993, v10003);
*v10002 = v20117;

}

}
for(var v10008: u32 = v11; v10008 < v251; v10008 += v6940) {
for(var v10013: u32 = v11; v10013 < v251; v10013 += v6940) {
let v10022 = &(*v18560)[v10013];
let v10023 = *v10022;
let v10025 = v10008 * v251;
let v10026 = v10025 + v10013;
let v10030 = &(*v18603)[v10026];
let v10031 = *v10030;
let v10040 = &(*v18534)[v10008];
let v10041 = *v10040;
let v20118 = fma(v10023, v10031, v10041);
*v10040 = v20118;

}

}
for(var v10046: u32 = v11; v10046 < v251; v10046 += v6940) {
for(var v10051: u32 = v11; v10051 < v251; v10051 += v6940) {
let v10060 = &(*v18561)[v10051];
let v10061 = *v10060;
let v10063 = v10046 * v251;
let v10064 = v10063 + v10051;
let v10068 = &(*v18603)[v10064];
let v10069 = *v10068;
let v10078 = &(*v18536)[v10046];
let v10079 = *v10078;
let v20119 = fma(v10061, v10069, v10079);
*v10078 = v20119;

}

}
for(var v10084: u32 = v11; v10084 < v251; v10084 += v6940) {
for(var v10089: u32 = v11; v10089 < v251; v10089 += v6940) {
let v10098 = &(*v18562)[v10089];
let v10099 = *v10098;
let v10101 = v10084 * v251;
let v10102 = v10101 + v10089;
let v10106 = &(*v18603)[v10102];
let v10107 = *v10106;
let v10116 = &(*v18538)[v10084];
let v10117 = *v10116;
let v20120 = fma(v10099, v10107, v10117);
*v10116 = v20120;

}

}
for(var v10122: u32 = v11; v10122 < v251; v10122 += v6940) {
for(var v10127: u32 = v11; v10127 < v251; v10127 += v6940) {
let v10136 = &(*v18563)[v10127];
let v10137 = *v10136;
let v10139 = v10122 * v251;
let v10140 = v10139 + v10127;
let v10144 = &(*v18603)[v10140];
let v10145 = *v10144;
let v10154 = &(*v18540)[v10122];
let v10155 = *v10154;
let v20121 = fma(v10137, v10145, v10155);
*v10154 = v20121;

}

}
for(var v10160: u32 = v11; v10160 < v251; v10160 += v6940) {
for(var v10165: u32 = v11; v10165 < v251; v10165 += v6940) {
let v10174 = &(*v18564)[v10165];
let v10175 = *v10174;
let v10177 = v10160 * v251;
let v10178 = v10177 + v10165;
let v10182 = &(*v18603)[v10178];
let v10183 = *v10182;
let v10192 = &(*v18542)[v10160];
let v10193 = *v10192;
let v20122 = fma(v10175, v10183, v10193);
*v10192 = v20122;

}

}
for(var v10198: u32 = v11; v10198 < v251; v10198 += v6940) {
for(var v10203: u32 = v11; v10203 < v251; v10203 += v6940) {
let v10212 = &(*v18565)[v10203];
let v10213 = *v10212;
let v10215 = v10198 * v251;
let v10216 = v10215 + v10203;
let v10220 = &(*v18603)[v10216];
let v10221 = *v10220;
let v10230 = &(*v18544)[v10198];
let v10231 = *v10230;
let v20123 = fma(v10213, v10221, v10231);
*v10230 = v20123;

}

}
for(var v10236: u32 = v11; v10236 < v251; v10236 += v6940) {
for(var v10241: u32 = v11; v10241 < v251; v10241 += v6940) {
let v10250 = &(*v18566)[v10241];
let v10251 = *v10250;
let v10253 = v10236 * v251;
let v10254 = v10253 + v10241;
let v10258 = &(*v18603)[v10254];
let v10259 = *v10258;
let v10268 = &(*v18546)[v10236];
let v10269 = *v10268;
let v20124 = fma(v10251, v10259, v10269);
*v10268 = v20124;

}

}
for(var v10274: u32 = v11; v10274 < v251; v10274 += v6940) {
for(var v10279: u32 = v11; v10279 < v251; v10279 += v6940) {
let v10288 = &(*v18567)[v10279];
let v10289 = *v10288;
let v10291 = v10274 * v251;
let v10292 = v10291 + v10279;
let v10296 = &(*v18603)[v10292];
let v10297 = *v10296;
let v10306 = &(*v18548)[v10274];
let v10307 = *v10306;
let v20125 = fma(v10289, v10297, v10307);
*v10306 = v20125;

}

}
for(var v10312: u32 = v11; v10312 < v251; v10312 += v6940) {
for(var v10317: u32 = v11; v10317 < v251; v10317 += v6940) {
let v10326 = &(*v18568)[v10317];
let v10327 = *v10326;
let v10329 = v10312 * v251;
let v10330 = v10329 + v10317;
let v10334 = &(*v18603)[v10330];
let v10335 = *v10334;
let v10344 = &(*v18550)[v10312];
let v10345 = *v10344;
let v20126 = fma(v10327, v10335, v10345);
*v10344 = v20126;

}

}
for(var v10350: u32 = v11; v10350 < v251; v10350 += v6940) {
for(var v10355: u32 = v11; v10355 < v251; v10355 += v6940) {
let v10364 = &(*v18569)[v10355];
let v10365 = *v10364;
let v10367 = v10350 * v251;
let v10368 = v10367 + v10355;
let v10372 = &(*v18603)[v10368];
let v10373 = *v10372;
let v10382 = &(*v18552)[v10350];
let v10383 = *v10382;
let v20127 = fma(v10365, v10373, v10383);
*v10382 = v20127;

}

}
for(var v10388: u32 = v11; v10388 < v251; v10388 += v6940) {
for(var v10393: u32 = v11; v10393 < v251; v10393 += v6940) {
let v10402 = &(*v18570)[v10393];
let v10403 = *v10402;
let v10405 = v10388 * v251;
let v10406 = v10405 + v10393;
let v10410 = &(*v18603)[v10406];
let v10411 = *v10410;
let v10420 = &(*v18554)[v10388];
let v10421 = *v10420;
let v20128 = fma(v10403, v10411, v10421);
*v10420 = v20128;

}

}
let v10429 = v19572 + v451;
let v10431 = v184 * v10429;
let v10433 = v10431 / v197;
for(var v10439: u32 = v68; v10439 < v197; v10439 += v56) {
let v10445 = v10433 + v10439;
let v10446 = u32(v10445);
let v10450 = &(*v18507)[v10446];
let v10451 = *v10450;
let v10452 = v10451[0];
let v10457 = v10439 * v197;
let v10461 = u32(v10457);
let v10465 = &(*v18555)[v10461];
*v10465 = v10452;
let v10466 = v10451[1];
let v10474 = v10457 + v56;
let v10475 = u32(v10474);
let v10479 = &(*v18555)[v10475];
*v10479 = v10466;

}
let v10484 = v19572 + v486;
let v10486 = v184 * v10484;
let v10488 = v10486 / v197;
for(var v10494: u32 = v68; v10494 < v197; v10494 += v56) {
let v10500 = v10488 + v10494;
let v10501 = u32(v10500);
let v10505 = &(*v18507)[v10501];
let v10506 = *v10505;
let v10507 = v10506[0];
let v10512 = v10494 * v197;
let v10516 = u32(v10512);
let v10520 = &(*v18556)[v10516];
*v10520 = v10507;
let v10521 = v10506[1];
let v10529 = v10512 + v56;
let v10530 = u32(v10529);
let v10534 = &(*v18556)[v10530];
*v10534 = v10521;

}
let v10539 = v19572 + v514;
let v10541 = v184 * v10539;
let v10543 = v10541 / v197;
for(var v10549: u32 = v68; v10549 < v197; v10549 += v56) {
let v10555 = v10543 + v10549;
let v10556 = u32(v10555);
let v10560 = &(*v18507)[v10556];
let v10561 = *v10560;
let v10562 = v10561[0];
let v10567 = v10549 * v197;
let v10571 = u32(v10567);
let v10575 = &(*v18557)[v10571];
*v10575 = v10562;
let v10576 = v10561[1];
let v10584 = v10567 + v56;
let v10585 = u32(v10584);
let v10589 = &(*v18557)[v10585];
*v10589 = v10576;

}
let v10594 = v19572 + v542;
let v10596 = v184 * v10594;
let v10598 = v10596 / v197;
for(var v10604: u32 = v68; v10604 < v197; v10604 += v56) {
let v10610 = v10598 + v10604;
let v10611 = u32(v10610);
let v10615 = &(*v18507)[v10611];
let v10616 = *v10615;
let v10617 = v10616[0];
let v10622 = v10604 * v197;
let v10626 = u32(v10622);
let v10630 = &(*v18558)[v10626];
*v10630 = v10617;
let v10631 = v10616[1];
let v10639 = v10622 + v56;
let v10640 = u32(v10639);
let v10644 = &(*v18558)[v10640];
*v10644 = v10631;

}
let v10649 = v19572 + v570;
let v10651 = v184 * v10649;
let v10653 = v10651 / v197;
for(var v10659: u32 = v68; v10659 < v197; v10659 += v56) {
let v10665 = v10653 + v10659;
let v10666 = u32(v10665);
let v10670 = &(*v18507)[v10666];
let v10671 = *v10670;
let v10672 = v10671[0];
let v10677 = v10659 * v197;
let v10681 = u32(v10677);
let v10685 = &(*v18559)[v10681];
*v10685 = v10672;
let v10686 = v10671[1];
let v10694 = v10677 + v56;
let v10695 = u32(v10694);
let v10699 = &(*v18559)[v10695];
*v10699 = v10686;

}
let v10704 = v19572 + v598;
let v10706 = v184 * v10704;
let v10708 = v10706 / v197;
for(var v10714: u32 = v68; v10714 < v197; v10714 += v56) {
let v10720 = v10708 + v10714;
let v10721 = u32(v10720);
let v10725 = &(*v18507)[v10721];
let v10726 = *v10725;
let v10727 = v10726[0];
let v10732 = v10714 * v197;
let v10736 = u32(v10732);
let v10740 = &(*v18560)[v10736];
*v10740 = v10727;
let v10741 = v10726[1];
let v10749 = v10732 + v56;
let v10750 = u32(v10749);
let v10754 = &(*v18560)[v10750];
*v10754 = v10741;

}
let v10759 = v19572 + v626;
let v10761 = v184 * v10759;
let v10763 = v10761 / v197;
for(var v10769: u32 = v68; v10769 < v197; v10769 += v56) {
let v10775 = v10763 + v10769;
let v10776 = u32(v10775);
let v10780 = &(*v18507)[v10776];
let v10781 = *v10780;
let v10782 = v10781[0];
let v10787 = v10769 * v197;
let v10791 = u32(v10787);
let v10795 = &(*v18561)[v10791];
*v10795 = v10782;
let v10796 = v10781[1];
let v10804 = v10787 + v56;
let v10805 = u32(v10804);
let v10809 = &(*v18561)[v10805];
*v10809 = v10796;

}
let v10814 = v19572 + v654;
let v10816 = v184 * v10814;
let v10818 = v10816 / v197;
for(var v10824: u32 = v68; v10824 < v197; v10824 += v56) {
let v10830 = v10818 + v10824;
let v10831 = u32(v10830);
let v10835 = &(*v18507)[v10831];
let v10836 = *v10835;
let v10837 = v10836[0];
let v10842 = v10824 * v197;
let v10846 = u32(v10842);
let v10850 = &(*v18562)[v10846];
*v10850 = v10837;
let v10851 = v10836[1];
let v10859 = v10842 + v56;
let v10860 = u32(v10859);
let v10864 = &(*v18562)[v10860];
*v10864 = v10851;

}
let v10869 = v19572 + v682;
let v10871 = v184 * v10869;
let v10873 = v10871 / v197;
for(var v10879: u32 = v68; v10879 < v197; v10879 += v56) {
let v10885 = v10873 + v10879;
let v10886 = u32(v10885);
let v10890 = &(*v18507)[v10886];
let v10891 = *v10890;
let v10892 = v10891[0];
let v10897 = v10879 * v197;
let v10901 = u32(v10897);
let v10905 = &(*v18563)[v10901];
*v10905 = v10892;
let v10906 = v10891[1];
let v10914 = v10897 + v56;
let v10915 = u32(v10914);
let v10919 = &(*v18563)[v10915];
*v10919 = v10906;

}
let v10924 = v19572 + v710;
let v10926 = v184 * v10924;
let v10928 = v10926 / v197;
for(var v10934: u32 = v68; v10934 < v197; v10934 += v56) {
let v10940 = v10928 + v10934;
let v10941 = u32(v10940);
let v10945 = &(*v18507)[v10941];
let v10946 = *v10945;
let v10947 = v10946[0];
let v10952 = v10934 * v197;
let v10956 = u32(v10952);
let v10960 = &(*v18564)[v10956];
*v10960 = v10947;
let v10961 = v10946[1];
let v10969 = v10952 + v56;
let v10970 = u32(v10969);
let v10974 = &(*v18564)[v10970];
*v10974 = v10961;

}
let v10979 = v19572 + v738;
let v10981 = v184 * v10979;
let v10983 = v10981 / v197;
for(var v10989: u32 = v68; v10989 < v197; v10989 += v56) {
let v10995 = v10983 + v10989;
let v10996 = u32(v10995);
let v11000 = &(*v18507)[v10996];
let v11001 = *v11000;
let v11002 = v11001[0];
let v11007 = v10989 * v197;
let v11011 = u32(v11007);
let v11015 = &(*v18565)[v11011];
*v11015 = v11002;
let v11016 = v11001[1];
let v11024 = v11007 + v56;
let v11025 = u32(v11024);
let v11029 = &(*v18565)[v11025];
*v11029 = v11016;

}
let v11034 = v19572 + v766;
let v11036 = v184 * v11034;
let v11038 = v11036 / v197;
for(var v11044: u32 = v68; v11044 < v197; v11044 += v56) {
let v11050 = v11038 + v11044;
let v11051 = u32(v11050);
let v11055 = &(*v18507)[v11051];
let v11056 = *v11055;
let v11057 = v11056[0];
let v11062 = v11044 * v197;
let v11066 = u32(v11062);
let v11070 = &(*v18566)[v11066];
*v11070 = v11057;
let v11071 = v11056[1];
let v11079 = v11062 + v56;
let v11080 = u32(v11079);
let v11084 = &(*v18566)[v11080];
*v11084 = v11071;

}
let v11089 = v19572 + v794;
let v11091 = v184 * v11089;
let v11093 = v11091 / v197;
for(var v11099: u32 = v68; v11099 < v197; v11099 += v56) {
let v11105 = v11093 + v11099;
let v11106 = u32(v11105);
let v11110 = &(*v18507)[v11106];
let v11111 = *v11110;
let v11112 = v11111[0];
let v11117 = v11099 * v197;
let v11121 = u32(v11117);
let v11125 = &(*v18567)[v11121];
*v11125 = v11112;
let v11126 = v11111[1];
let v11134 = v11117 + v56;
let v11135 = u32(v11134);
let v11139 = &(*v18567)[v11135];
*v11139 = v11126;

}
let v11144 = v19572 + v822;
let v11146 = v184 * v11144;
let v11148 = v11146 / v197;
for(var v11154: u32 = v68; v11154 < v197; v11154 += v56) {
let v11160 = v11148 + v11154;
let v11161 = u32(v11160);
let v11165 = &(*v18507)[v11161];
let v11166 = *v11165;
let v11167 = v11166[0];
let v11172 = v11154 * v197;
let v11176 = u32(v11172);
let v11180 = &(*v18568)[v11176];
*v11180 = v11167;
let v11181 = v11166[1];
let v11189 = v11172 + v56;
let v11190 = u32(v11189);
let v11194 = &(*v18568)[v11190];
*v11194 = v11181;

}
let v11199 = v19572 + v850;
let v11201 = v184 * v11199;
let v11203 = v11201 / v197;
for(var v11209: u32 = v68; v11209 < v197; v11209 += v56) {
let v11215 = v11203 + v11209;
let v11216 = u32(v11215);
let v11220 = &(*v18507)[v11216];
let v11221 = *v11220;
let v11222 = v11221[0];
let v11227 = v11209 * v197;
let v11231 = u32(v11227);
let v11235 = &(*v18569)[v11231];
*v11235 = v11222;
let v11236 = v11221[1];
let v11244 = v11227 + v56;
let v11245 = u32(v11244);
let v11249 = &(*v18569)[v11245];
*v11249 = v11236;

}
let v11254 = v19572 + v878;
let v11256 = v184 * v11254;
let v11258 = v11256 / v197;
for(var v11264: u32 = v68; v11264 < v197; v11264 += v56) {
let v11270 = v11258 + v11264;
let v11271 = u32(v11270);
let v11275 = &(*v18507)[v11271];
let v11276 = *v11275;
let v11277 = v11276[0];
let v11282 = v11264 * v197;
let v11286 = u32(v11282);
let v11290 = &(*v18570)[v11286];
*v11290 = v11277;
let v11291 = v11276[1];
let v11299 = v11282 + v56;
let v11300 = u32(v11299);
let v11304 = &(*v18570)[v11300];
*v11304 = v11291;

}
let v11309 = v216 + v453;
let v11311 = v216 * v11309;
let v11313 = v11311 / v197;
for(var v11319: u32 = v68; v11319 < v184; v11319 += v56) {
for(var v11324: u32 = v68; v11324 < v197; v11324 += v56) {
let v11327 = v11319 * v197;
let v11328 = v11327 + v11324;
let v11329 = v11313 + v11328;
let v11330 = u32(v11329);
let v11334 = &(*v18509)[v11330];
let v11335 = *v11334;
let v11336 = v11335[0];
let v11338 = v11319 * v184;
let v11340 = v11324 * v197;
let v11341 = v11338 + v11340;
let v11344 = u32(v11341);
let v11348 = &(*v18603)[v11344];
*v11348 = v11336;
let v11349 = v11335[1];
let v11356 = v11341 + v56;
let v11357 = u32(v11356);
let v11361 = &(*v18603)[v11357];
*v11361 = v11349;

}

}
for(var v11365: u32 = v11; v11365 < v251; v11365 += v6940) {
for(var v11370: u32 = v11; v11370 < v251; v11370 += v6940) {
let v11379 = &(*v18555)[v11370];
let v11380 = *v11379;
let v11382 = v11365 * v251;
let v11383 = v11382 + v11370;
let v11387 = &(*v18603)[v11383];
let v11388 = *v11387;
let v11397 = &(*v18523)[v11365];
let v11398 = *v11397;
let v20129 = fma(v11380, v11388, v11398);
*v11397 = v20129;

}

}
for(var v11403: u32 = v11; v11403 < v251; v11403 += v6940) {
for(var v11408: u32 = v11; v11408 < v251; v11408 += v6940) {
let v11417 = &(*v18556)[v11408];
let v11418 = *v11417;
let v11420 = v11403 * v251;
let v11421 = v11420 + v11408;
let v11425 = &(*v18603)[v11421];
let v11426 = *v11425;
let v11435 = &(*v18525)[v11403];
let v11436 = *v11435;
let v20130 = fma(v11418, v11426, v11436);
*v11435 = v20130;

}

}
for(var v11441: u32 = v11; v11441 < v251; v11441 += v6940) {
for(var v11446: u32 = v11; v11446 < v251; v11446 += v6940) {
let v11455 = &(*v18557)[v11446];
let v11456 = *v11455;
let v11458 = v11441 * v251;
let v11459 = v11458 + v11446;
let v11463 = &(*v18603)[v11459];
let v11464 = *v11463;
let v11473 = &(*v18527)[v11441];
let v11474 = *v11473;
let v20131 = fma(v11456, v11464, v11474);
*v11473 = v20131;

}

}
for(var v11479: u32 = v11; v11479 < v251; v11479 += v6940) {
for(var v11484: u32 = v11; v11484 < v251; v11484 += v6940) {
let v11493 = &(*v18558)[v11484];
let v11494 = *v11493;
let v11496 = v11479 * v251;
let v11497 = v11496 + v11484;
let v11501 = &(*v18603)[v11497];
let v11502 = *v11501;
let v11511 = &(*v18529)[v11479];
let v11512 = *v11511;
let v20132 = fma(v11494, v11502, v11512);
*v11511 = v20132;

}

}
for(var v11517: u32 = v11; v11517 < v251; v11517 += v6940) {
for(var v11522: u32 = v11; v11522 < v251; v11522 += v6940) {
let v11531 = &(*v18559)[v11522];
let v11532 = *v11531;
let v11534 = v11517 * v251;
let v11535 = v11534 + v11522;
let v11539 = &(*v18603)[v11535];
let v11540 = *v11539;
let v11549 = &(*v18531)[v11517];
let v11550 = *v11549;
let v20133 = fma(v11532, v11540, v11550);
*v11549 = v20133;

}

}
for(var v11555: u32 = v11; v11555 < v251; v11555 += v6940) {
for(var v11560: u32 = v11; v11560 < v251; v11560 += v6940) {
let v11569 = &(*v18560)[v11560];
let v11570 = *v11569;
let v11572 = v11555 * v251;
let v11573 = v11572 + v11560;
let v11577 = &(*v18603)[v11573];
let v11578 = *v11577;
let v11587 = &(*v18533)[v11555];
let v11588 = *v11587;
let v20134 = fma(v11570, v11578, v11588);
*v11587 = v20134;

}

}
for(var v11593: u32 = v11; v11593 < v251; v11593 += v6940) {
for(var v11598: u32 = v11; v11598 < v251; v11598 += v6940) {
let v11607 = &(*v18561)[v11598];
let v11608 = *v11607;
let v11610 = v11593 * v251;
let v11611 = v11610 + v11598;
let v11615 = &(*v18603)[v11611];
let v11616 = *v11615;
let v11625 = &(*v18535)[v11593];
let v11626 = *v11625;
let v20135 = fma(v11608, v11616, v11626);
*v11625 = v20135;

}

}
for(var v11631: u32 = v11; v11631 < v251; v11631 += v6940) {
for(var v11636: u32 = v11; v11636 < v251; v11636 += v6940) {
let v11645 = &(*v18562)[v11636];
let v11646 = *v11645;
let v11648 = v11631 * v251;
let v11649 = v11648 + v11636;
let v11653 = &(*v18603)[v11649];
let v11654 = *v11653;
let v11663 = &(*v18537)[v11631];
let v11664 = *v11663;
let v20136 = fma(v11646, v11654, v11664);
*v11663 = v20136;

}

}
for(var v11669: u32 = v11; v11669 < v251; v11669 += v6940) {
for(var v11674: u32 = v11; v11674 < v251; v11674 += v6940) {
let v11683 = &(*v18563)[v11674];
let v11684 = *v11683;
let v11686 = v11669 * v251;
let v11687 = v11686 + v11674;
let v11691 = &(*v18603)[v11687];
let v11692 = *v11691;
let v11701 = &(*v18539)[v11669];
let v11702 = *v11701;
let v20137 = fma(v11684, v11692, v11702);
*v11701 = v20137;

}

}
for(var v11707: u32 = v11; v11707 < v251; v11707 += v6940) {
for(var v11712: u32 = v11; v11712 < v251; v11712 += v6940) {
let v11721 = &(*v18564)[v11712];
let v11722 = *v11721;
let v11724 = v11707 * v251;
let v11725 = v11724 + v11712;
let v11729 = &(*v18603)[v11725];
let v11730 = *v11729;
let v11739 = &(*v18541)[v11707];
let v11740 = *v11739;
let v20138 = fma(v11722, v11730, v11740);
*v11739 = v20138;

}

}
for(var v11745: u32 = v11; v11745 < v251; v11745 += v6940) {
for(var v11750: u32 = v11; v11750 < v251; v11750 += v6940) {
let v11759 = &(*v18565)[v11750];
let v11760 = *v11759;
let v11762 = v11745 * v251;
let v11763 = v11762 + v11750;
let v11767 = &(*v18603)[v11763];
let v11768 = *v11767;
let v11777 = &(*v18543)[v11745];
let v11778 = *v11777;
let v20139 = fma(v11760, v11768, v11778);
*v11777 = v20139;

}

}
for(var v11783: u32 = v11; v11783 < v251; v11783 += v6940) {
for(var v11788: u32 = v11; v11788 < v251; v11788 += v6940) {
let v11797 = &(*v18566)[v11788];
let v11798 = *v11797;
let v11800 = v11783 * v251;
let v11801 = v11800 + v11788;
let v11805 = &(*v18603)[v11801];
let v11806 = *v11805;
let v11815 = &(*v18545)[v11783];
let v11816 = *v11815;
let v20140 = fma(v11798, v11806, v11816);
*v11815 = v20140;

}

}
for(var v11821: u32 = v11; v11821 < v251; v11821 += v6940) {
for(var v11826: u32 = v11; v11826 < v251; v11826 += v6940) {
let v11835 = &(*v18567)[v11826];
let v11836 = *v11835;
let v11838 = v11821 * v251;
let v11839 = v11838 + v11826;
let v11843 = &(*v18603)[v11839];
let v11844 = *v11843;
let v11853 = &(*v18547)[v11821];
let v11854 = *v11853;
let v20141 = fma(v11836, v11844, v11854);
*v11853 = v20141;

}

}
for(var v11859: u32 = v11; v11859 < v251; v11859 += v6940) {
for(var v11864: u32 = v11; v11864 < v251; v11864 += v6940) {
let v11873 = &(*v18568)[v11864];
let v11874 = *v11873;
let v11876 = v11859 * v251;
let v11877 = v11876 + v11864;
let v11881 = &(*v18603)[v11877];
let v11882 = *v11881;
let v11891 = &(*v18549)[v11859];
let v11892 = *v11891;
let v20142 = fma(v11874, v11882, v11892);
*v11891 = v20142;

}

}
for(var v11897: u32 = v11; v11897 < v251; v11897 += v6940) {
for(var v11902: u32 = v11; v11902 < v251; v11902 += v6940) {
let v11911 = &(*v18569)[v11902];
let v11912 = *v11911;
let v11914 = v11897 * v251;
let v11915 = v11914 + v11902;
let v11919 = &(*v18603)[v11915];
let v11920 = *v11919;
let v11929 = &(*v18551)[v11897];
let v11930 = *v11929;
let v20143 = fma(v11912, v11920, v11930);
*v11929 = v20143;

}

}
for(var v11935: u32 = v11; v11935 < v251; v11935 += v6940) {
for(var v11940: u32 = v11; v11940 < v251; v11940 += v6940) {
let v11949 = &(*v18570)[v11940];
let v11950 = *v11949;
let v11952 = v11935 * v251;
let v11953 = v11952 + v11940;
let v11957 = &(*v18603)[v11953];
let v11958 = *v11957;
let v11967 = &(*v18553)[v11935];
let v11968 = *v11967;
let v20144 = fma(v11950, v11958, v11968);
*v11967 = v20144;

}

}
let v11974 = v216 + v473;
let v11976 = v216 * v11974;
let v11978 = v11976 / v197;
for(var v11984: u32 = v68; v11984 < v184; v11984 += v56) {
for(var v11989: u32 = v68; v11989 < v197; v11989 += v56) {
let v11992 = v11984 * v197;
let v11993 = v11992 + v11989;
let v11994 = v11978 + v11993;
let v11995 = u32(v11994);
let v11999 = &(*v18509)[v11995];
let v12000 = *v11999;
let v12001 = v12000[0];
let v12003 = v11984 * v184;
let v12005 = v11989 * v197;
let v12006 = v12003 + v12005;
let v12009 = u32(v12006);
let v12013 = &(*v18603)[v12009];
*v12013 = v12001;
let v12014 = v12000[1];
let v12021 = v12006 + v56;
let v12022 = u32(v12021);
let v12026 = &(*v18603)[v12022];
*v12026 = v12014;

}

}
for(var v12030: u32 = v11; v12030 < v251; v12030 += v6940) {
for(var v12035: u32 = v11; v12035 < v251; v12035 += v6940) {
let v12044 = &(*v18555)[v12035];
let v12045 = *v12044;
let v12047 = v12030 * v251;
let v12048 = v12047 + v12035;
let v12052 = &(*v18603)[v12048];
let v12053 = *v12052;
let v12062 = &(*v18524)[v12030];
let v12063 = *v12062;
let v20145 = fma(v12045, v12053, v12063);
*v12062 = v20145;

}

}
for(var v12068: u32 = v11; v12068 < v251; v12068 += v6940) {
for(var v12073: u32 = v11; v12073 < v251; v12073 += v6940) {
let v12082 = &(*v18556)[v12073];
let v12083 = *v12082;
let v12085 = v12068 * v251;
let v12086 = v12085 + v12073;
let v12090 = &(*v18603)[v12086];
let v12091 = *v12090;
let v12100 = &(*v18526)[v12068];
let v12101 = *v12100;
let v20146 = fma(v12083, v12091, v12101);
*v12100 = v20146;

}

}
for(var v12106: u32 = v11; v12106 < v251; v12106 += v6940) {
for(var v12111: u32 = v11; v12111 < v251; v12111 += v6940) {
let v12120 = &(*v18557)[v12111];
let v12121 = *v12120;
let v12123 = v12106 * v251;
let v12124 = v12123 + v12111;
let v12128 = &(*v18603)[v12124];
let v12129 = *v12128;
let v12138 = &(*v18528)[v12106];
let v12139 = *v12138;
let v20147 = fma(v12121, v12129, v12139);
*v12138 = v20147;

}

}
for(var v12144: u32 = v11; v12144 < v251; v12144 += v6940) {
for(var v12149: u32 = v11; v12149 < v251; v12149 += v6940) {
let v12158 = &(*v18558)[v12149];
let v12159 = *v12158;
let v12161 = v12144 * v251;
let v12162 = v12161 + v12149;
let v12166 = &(*v18603)[v12162];
let v12167 = *v12166;
let v12176 = &(*v18530)[v12144];
let v12177 = *v12176;
let v20148 = fma(v12159, v12167, v12177);
*v12176 = v20148;

}

}
for(var v12182: u32 = v11; v12182 < v251; v12182 += v6940) {
for(var v12187: u32 = v11; v12187 < v251; v12187 += v6940) {
let v12196 = &(*v18559)[v12187];
let v12197 = *v12196;
let v12199 = v12182 * v251;
let v12200 = v12199 + v12187;
let v12204 = &(*v18603)[v12200];
let v12205 = *v12204;
let v12214 = &(*v18532)[v12182];
let v12215 = *v12214;
let v20149 = fma(v12197, v12205, v12215);
*v12214 = v20149;

}

}
for(var v12220: u32 = v11; v12220 < v251; v12220 += v6940) {
for(var v12225: u32 = v11; v12225 < v251; v12225 += v6940) {
let v12234 = &(*v18560)[v12225];
let v12235 = *v12234;
let v12237 = v12220 * v251;
let v12238 = v12237 + v12225;
let v12242 = &(*v18603)[v12238];
let v12243 = *v12242;
let v12252 = &(*v18534)[v12220];
let v12253 = *v12252;
let v20150 = fma(v12235, v12243, v12253);
*v12252 = v20150;

}

}
for(var v12258: u32 = v11; v12258 < v251; v12258 += v6940) {
for(var v12263: u32 = v11; v12263 < v251; v12263 += v6940) {
let v12272 = &(*v18561)[v12263];
let v12273 = *v12272;
let v12275 = v12258 * v251;
let v12276 = v12275 + v12263;
let v12280 = &(*v18603)[v12276];
let v12281 = *v12280;
let v12290 = &(*v18536)[v12258];
let v12291 = *v12290;
let v20151 = fma(v12273, v12281, v12291);
*v12290 = v20151;

}

}
for(var v12296: u32 = v11; v12296 < v251; v12296 += v6940) {
for(var v12301: u32 = v11; v12301 < v251; v12301 += v6940) {
let v12310 = &(*v18562)[v12301];
let v12311 = *v12310;
let v12313 = v12296 * v251;
let v12314 = v12313 + v12301;
let v12318 = &(*v18603)[v12314];
let v12319 = *v12318;
let v12328 = &(*v18538)[v12296];
let v12329 = *v12328;
let v20152 = fma(v12311, v12319, v12329);
*v12328 = v20152;

}

}
for(var v12334: u32 = v11; v12334 < v251; v12334 += v6940) {
for(var v12339: u32 = v11; v12339 < v251; v12339 += v6940) {
let v12348 = &(*v18563)[v12339];
let v12349 = *v12348;
let v12351 = v12334 * v251;
let v12352 = v12351 + v12339;
let v12356 = &(*v18603)[v12352];
let v12357 = *v12356;
let v12366 = &(*v18540)[v12334];
let v12367 = *v12366;
let v20153 = fma(v12349, v12357, v12367);
*v12366 = v20153;

}

}
for(var v12372: u32 = v11; v12372 < v251; v12372 += v6940) {
for(var v12377: u32 = v11; v12377 < v251; v12377 += v6940) {
let v12386 = &(*v18564)[v12377];
let v12387 = *v12386;
let v12389 = v12372 * v251;
let v12390 = v12389 + v12377;
let v12394 = &(*v18603)[v12390];
let v12395 = *v12394;
let v12404 = &(*v18542)[v12372];
let v12405 = *v12404;
let v20154 = fma(v12387, v12395, v12405);
*v12404 = v20154;

}

}
for(var v12410: u32 = v11; v12410 < v251; v12410 += v6940) {
for(var v12415: u32 = v11; v12415 < v251; v12415 += v6940) {
let v12424 = &(*v18565)[v12415];
let v12425 = *v12424;
let v12427 = v12410 * v251;
let v12428 = v12427 + v12415;
let v12432 = &(*v18603)[v12428];
let v12433 = *v12432;
let v12442 = &(*v18544)[v12410];
let v12443 = *v12442;
let v20155 = fma(v12425, v12433, v12443);
*v12442 = v20155;

}

}
for(var v12448: u32 = v11; v12448 < v251; v12448 += v6940) {
for(var v12453: u32 = v11; v12453 < v251; v12453 += v6940) {
let v12462 = &(*v18566)[v12453];
let v12463 = *v12462;
let v12465 = v12448 * v251;
let v12466 = v12465 + v12453;
let v12470 = &(*v18603)[v12466];
let v12471 = *v12470;
let v12480 = &(*v18546)[v12448];
let v12481 = *v12480;
let v20156 = fma(v12463, v12471, v12481);
*v12480 = v20156;

}

}
for(var v12486: u32 = v11; v12486 < v251; v12486 += v6940) {
for(var v12491: u32 = v11; v12491 < v251; v12491 += v6940) {
let v12500 = &(*v18567)[v12491];
let v12501 = *v12500;
let v12503 = v12486 * v251;
let v12504 = v12503 + v12491;
let v12508 = &(*v18603)[v12504];
let v12509 = *v12508;
let v12518 = &(*v18548)[v12486];
let v12519 = *v12518;
let v20157 = fma(v12501, v12509, v12519);
*v12518 = v20157;

}

}
for(var v12524: u32 = v11; v12524 < v251; v12524 += v6940) {
for(var v12529: u32 = v11; v12529 < v251; v12529 += v6940) {
let v12538 = &(*v18568)[v12529];
let v12539 = *v12538;
let v12541 = v12524 * v251;
let v12542 = v12541 + v12529;
let v12546 = &(*v18603)[v12542];
let v12547 = *v12546;
let v12556 = &(*v18550)[v12524];
let v12557 = *v12556;
let v20158 = fma(v12539, v12547, v12557);
*v12556 = v20158;

}

}
for(var v12562: u32 = v11; v12562 < v251; v12562 += v6940) {
for(var v12567: u32 = v11; v12567 < v251; v12567 += v6940) {
let v12576 = &(*v18569)[v12567];
let v12577 = *v12576;
let v12579 = v12562 * v251;
let v12580 = v12579 + v12567;
let v12584 = &(*v18603)[v12580];
let v12585 = *v12584;
let v12594 = &(*v18552)[v12562];
let v12595 = *v12594;
let v20159 = fma(v12577, v12585, v12595);
*v12594 = v20159;

}

}
for(var v12600: u32 = v11; v12600 < v251; v12600 += v6940) {
for(var v12605: u32 = v11; v12605 < v251; v12605 += v6940) {
let v12614 = &(*v18570)[v12605];
let v12615 = *v12614;
let v12617 = v12600 * v251;
let v12618 = v12617 + v12605;
let v12622 = &(*v18603)[v12618];
let v12623 = *v12622;
let v12632 = &(*v18554)[v12600];
let v12633 = *v12632;
let v20160 = fma(v12615, v12623, v12633);
*v12632 = v20160;

}

}
let v12641 = v19566 + v451;
let v12643 = v184 * v12641;
let v12645 = v12643 / v197;
for(var v12651: u32 = v68; v12651 < v197; v12651 += v56) {
let v12657 = v12645 + v12651;
let v12658 = u32(v12657);
let v12662 = &(*v18507)[v12658];
let v12663 = *v12662;
let v12664 = v12663[0];
let v12669 = v12651 * v197;
let v12673 = u32(v12669);
let v12677 = &(*v18555)[v12673];
*v12677 = v12664;
let v12678 = v12663[1];
let v12686 = v12669 + v56;
let v12687 = u32(v12686);
let v12691 = &(*v18555)[v12687];
*v12691 = v12678;

}
let v12696 = v19566 + v486;
let v12698 = v184 * v12696;
let v12700 = v12698 / v197;
for(var v12706: u32 = v68; v12706 < v197; v12706 += v56) {
let v12712 = v12700 + v12706;
let v12713 = u32(v12712);
let v12717 = &(*v18507)[v12713];
let v12718 = *v12717;
let v12719 = v12718[0];
let v12724 = v12706 * v197;
let v12728 = u32(v12724);
let v12732 = &(*v18556)[v12728];
*v12732 = v12719;
let v12733 = v12718[1];
let v12741 = v12724 + v56;
let v12742 = u32(v12741);
let v12746 = &(*v18556)[v12742];
*v12746 = v12733;

}
let v12751 = v19566 + v514;
let v12753 = v184 * v12751;
let v12755 = v12753 / v197;
for(var v12761: u32 = v68; v12761 < v197; v12761 += v56) {
let v12767 = v12755 + v12761;
let v12768 = u32(v12767);
let v12772 = &(*v18507)[v12768];
let v12773 = *v12772;
let v12774 = v12773[0];
let v12779 = v12761 * v197;
let v12783 = u32(v12779);
let v12787 = &(*v18557)[v12783];
*v12787 = v12774;
let v12788 = v12773[1];
let v12796 = v12779 + v56;
let v12797 = u32(v12796);
let v12801 = &(*v18557)[v12797];
*v12801 = v12788;

}
let v12806 = v19566 + v542;
let v12808 = v184 * v12806;
let v12810 = v12808 / v197;
for(var v12816: u32 = v68; v12816 < v197; v12816 += v56) {
let v12822 = v12810 + v12816;
let v12823 = u32(v12822);
let v12827 = &(*v18507)[v12823];
let v12828 = *v12827;
let v12829 = v12828[0];
let v12834 = v12816 * v197;
let v12838 = u32(v12834);
let v12842 = &(*v18558)[v12838];
*v12842 = v12829;
let v12843 = v12828[1];
let v12851 = v12834 + v56;
let v12852 = u32(v12851);
let v12856 = &(*v18558)[v12852];
*v12856 = v12843;

}
let v12861 = v19566 + v570;
let v12863 = v184 * v12861;
let v12865 = v12863 / v197;
for(var v12871: u32 = v68; v12871 < v197; v12871 += v56) {
let v12877 = v12865 + v12871;
let v12878 = u32(v12877);
let v12882 = &(*v18507)[v12878];
let v12883 = *v12882;
let v12884 = v12883[0];
let v12889 = v12871 * v197;
let v12893 = u32(v12889);
let v12897 = &(*v18559)[v12893];
*v12897 = v12884;
let v12898 = v12883[1];
let v12906 = v12889 + v56;
let v12907 = u32(v12906);
let v12911 = &(*v18559)[v12907];
*v12911 = v12898;

}
let v12916 = v19566 + v598;
let v12918 = v184 * v12916;
let v12920 = v12918 / v197;
for(var v12926: u32 = v68; v12926 < v197; v12926 += v56) {
let v12932 = v12920 + v12926;
let v12933 = u32(v12932);
let v12937 = &(*v18507)[v12933];
let v12938 = *v12937;
let v12939 = v12938[0];
let v12944 = v12926 * v197;
let v12948 = u32(v12944);
let v12952 = &(*v18560)[v12948];
*v12952 = v12939;
let v12953 = v12938[1];
let v12961 = v12944 + v56;
let v12962 = u32(v12961);
let v12966 = &(*v18560)[v12962];
*v12966 = v12953;

}
let v12971 = v19566 + v626;
let v12973 = v184 * v12971;
let v12975 = v12973 / v197;
for(var v12981: u32 = v68; v12981 < v197; v12981 += v56) {
let v12987 = v12975 + v12981;
let v12988 = u32(v12987);
let v12992 = &(*v18507)[v12988];
let v12993 = *v12992;
let v12994 = v12993[0];
let v12999 = v12981 * v197;
let v13003 = u32(v12999);
let v13007 = &(*v18561)[v13003];
*v13007 = v12994;
let v13008 = v12993[1];
let v13016 = v12999 + v56;
let v13017 = u32(v13016);
let v13021 = &(*v18561)[v13017];
*v13021 = v13008;

}
let v13026 = v19566 + v654;
let v13028 = v184 * v13026;
let v13030 = v13028 / v197;
for(var v13036: u32 = v68; v13036 < v197; v13036 += v56) {
let v13042 = v13030 + v13036;
let v13043 = u32(v13042);
let v13047 = &(*v18507)[v13043];
let v13048 = *v13047;
let v13049 = v13048[0];
let v13054 = v13036 * v197;
let v13058 = u32(v13054);
let v13062 = &(*v18562)[v13058];
*v13062 = v13049;
let v13063 = v13048[1];
let v13071 = v13054 + v56;
let v13072 = u32(v13071);
let v13076 = &(*v18562)[v13072];
*v13076 = v13063;

}
let v13081 = v19566 + v682;
let v13083 = v184 * v13081;
let v13085 = v13083 / v197;
for(var v13091: u32 = v68; v13091 < v197; v13091 += v56) {
let v13097 = v13085 + v13091;
let v13098 = u32(v13097);
let v13102 = &(*v18507)[v13098];
let v13103 = *v13102;
let v13104 = v13103[0];
let v13109 = v13091 * v197;
let v13113 = u32(v13109);
let v13117 = &(*v18563)[v13113];
*v13117 = v13104;
let v13118 = v13103[1];
let v13126 = v13109 + v56;
let v13127 = u32(v13126);
let v13131 = &(*v18563)[v13127];
*v13131 = v13118;

}
let v13136 = v19566 + v710;
let v13138 = v184 * v13136;
let v13140 = v13138 / v197;
for(var v13146: u32 = v68; v13146 < v197; v13146 += v56) {
let v13152 = v13140 + v13146;
let v13153 = u32(v13152);
let v13157 = &(*v18507)[v13153];
let v13158 = *v13157;
let v13159 = v13158[0];
let v13164 = v13146 * v197;
let v13168 = u32(v13164);
let v13172 = &(*v18564)[v13168];
*v13172 = v13159;
let v13173 = v13158[1];
let v13181 = v13164 + v56;
let v13182 = u32(v13181);
let v13186 = &(*v18564)[v13182];
*v13186 = v13173;

}
let v13191 = v19566 + v738;
let v13193 = v184 * v13191;
let v13195 = v13193 / v197;
for(var v13201: u32 = v68; v13201 < v197; v13201 += v56) {
let v13207 = v13195 + v13201;
let v13208 = u32(v13207);
let v13212 = &(*v18507)[v13208];
let v13213 = *v13212;
let v13214 = v13213[0];
let v13219 = v13201 * v197;
let v13223 = u32(v13219);
let v13227 = &(*v18565)[v13223];
*v13227 = v13214;
let v13228 = v13213[1];
let v13236 = v13219 + v56;
let v13237 = u32(v13236);
let v13241 = &(*v18565)[v13237];
*v13241 = v13228;

}
let v13246 = v19566 + v766;
let v13248 = v184 * v13246;
let v13250 = v13248 / v197;
for(var v13256: u32 = v68; v13256 < v197; v13256 += v56) {
let v13262 = v13250 + v13256;
let v13263 = u32(v13262);
let v13267 = &(*v18507)[v13263];
let v13268 = *v13267;
let v13269 = v13268[0];
let v13274 = v13256 * v197;
let v13278 = u32(v13274);
let v13282 = &(*v18566)[v13278];
*v13282 = v13269;
let v13283 = v13268[1];
let v13291 = v13274 + v56;
let v13292 = u32(v13291);
let v13296 = &(*v18566)[v13292];
*v13296 = v13283;

}
let v13301 = v19566 + v794;
let v13303 = v184 * v13301;
let v13305 = v13303 / v197;
for(var v13311: u32 = v68; v13311 < v197; v13311 += v56) {
let v13317 = v13305 + v13311;
let v13318 = u32(v13317);
let v13322 = &(*v18507)[v13318];
let v13323 = *v13322;
let v13324 = v13323[0];
let v13329 = v13311 * v197;
let v13333 = u32(v13329);
let v13337 = &(*v18567)[v13333];
*v13337 = v13324;
let v13338 = v13323[1];
let v13346 = v13329 + v56;
let v13347 = u32(v13346);
let v13351 = &(*v18567)[v13347];
*v13351 = v13338;

}
let v13356 = v19566 + v822;
let v13358 = v184 * v13356;
let v13360 = v13358 / v197;
for(var v13366: u32 = v68; v13366 < v197; v13366 += v56) {
let v13372 = v13360 + v13366;
let v13373 = u32(v13372);
let v13377 = &(*v18507)[v13373];
let v13378 = *v13377;
let v13379 = v13378[0];
let v13384 = v13366 * v197;
let v13388 = u32(v13384);
let v13392 = &(*v18568)[v13388];
*v13392 = v13379;
let v13393 = v13378[1];
let v13401 = v13384 + v56;
let v13402 = u32(v13401);
let v13406 = &(*v18568)[v13402];
*v13406 = v13393;

}
let v13411 = v19566 + v850;
let v13413 = v184 * v13411;
let v13415 = v13413 / v197;
for(var v13421: u32 = v68; v13421 < v197; v13421 += v56) {
let v13427 = v13415 + v13421;
let v13428 = u32(v13427);
let v13432 = &(*v18507)[v13428];
let v13433 = *v13432;
let v13434 = v13433[0];
let v13439 = v13421 * v197;
let v13443 = u32(v13439);
let v13447 = &(*v18569)[v13443];
*v13447 = v13434;
let v13448 = v13433[1];
let v13456 = v13439 + v56;
let v13457 = u32(v13456);
let v13461 = &(*v18569)[v13457];
*v13461 = v13448;

}
let v13466 = v19566 + v878;
let v13468 = v184 * v13466;
let v13470 = v13468 / v197;
for(var v13476: u32 = v68; v13476 < v197; v13476 += v56) {
let v13482 = v13470 + v13476;
let v13483 = u32(v13482);
let v13487 = &(*v18507)[v13483];
let v13488 = *v13487;
let v13489 = v13488[0];
let v13494 = v13476 * v197;
let v13498 = u32(v13494);
let v13502 = &(*v18570)[v13498];
*v13502 = v13489;
let v13503 = v13488[1];
let v13511 = v13494 + v56;
let v13512 = u32(v13511);
let v13516 = &(*v18570)[v13512];
*v13516 = v13503;

}
let v13521 = v3471 + v453;
let v13523 = v216 * v13521;
let v13525 = v13523 / v197;
for(var v13531: u32 = v68; v13531 < v184; v13531 += v56) {
for(var v13536: u32 = v68; v13536 < v197; v13536 += v56) {
let v13539 = v13531 * v197;
let v13540 = v13539 + v13536;
let v13541 = v13525 + v13540;
let v13542 = u32(v13541);
let v13546 = &(*v18509)[v13542];
let v13547 = *v13546;
let v13548 = v13547[0];
let v13550 = v13531 * v184;
let v13552 = v13536 * v197;
let v13553 = v13550 + v13552;
let v13556 = u32(v13553);
let v13560 = &(*v18603)[v13556];
*v13560 = v13548;
let v13561 = v13547[1];
let v13568 = v13553 + v56;
let v13569 = u32(v13568);
let v13573 = &(*v18603)[v13569];
*v13573 = v13561;

}

}
for(var v13577: u32 = v11; v13577 < v251; v13577 += v6940) {
for(var v13582: u32 = v11; v13582 < v251; v13582 += v6940) {
let v13591 = &(*v18555)[v13582];
let v13592 = *v13591;
let v13594 = v13577 * v251;
let v13595 = v13594 + v13582;
let v13599 = &(*v18603)[v13595];
let v13600 = *v13599;
let v13609 = &(*v18523)[v13577];
let v13610 = *v13609;
let v20161 = fma(v13592, v13600, v13610);
*v13609 = v20161;

}

}
for(var v13615: u32 = v11; v13615 < v251; v13615 += v6940) {
for(var v13620: u32 = v11; v13620 < v251; v13620 += v6940) {
let v13629 = &(*v18556)[v13620];
let v13630 = *v13629;
let v13632 = v13615 * v251;
let v13633 = v13632 + v13620;
let v13637 = &(*v18603)[v13633];
let v13638 = *v13637;
let v13647 = &(*v18525)[v13615];
let v13648 = *v13647;
let v20162 = fma(v13630, v13638, v13648);
*v13647 = v20162;

}

}
for(var v13653: u32 = v11; v13653 < v251; v13653 += v6940) {
for(var v13658: u32 = v11; v13658 < v251; v13658 += v6940) {
let v13667 = &(*v18557)[v13658];
let v13668 = *v13667;
let v13670 = v13653 * v251;
let v13671 = v13670 + v13658;
let v13675 = &(*v18603)[v13671];
let v13676 = *v13675;
let v13685 = &(*v18527)[v13653];
let v13686 = *v13685;
let v20163 = fma(v13668, v13676, v13686);
*v13685 = v20163;

}

}
for(var v13691: u32 = v11; v13691 < v251; v13691 += v6940) {
for(var v13696: u32 = v11; v13696 < v251; v13696 += v6940) {
let v13705 = &(*v18558)[v13696];
let v13706 = *v13705;
let v13708 = v13691 * v251;
let v13709 = v13708 + v13696;
let v13713 = &(*v18603)[v13709];
let v13714 = *v13713;
let v13723 = &(*v18529)[v13691];
let v13724 = *v13723;
let v20164 = fma(v13706, v13714, v13724);
*v13723 = v20164;

}

}
for(var v13729: u32 = v11; v13729 < v251; v13729 += v6940) {
for(var v13734: u32 = v11; v13734 < v251; v13734 += v6940) {
let v13743 = &(*v18559)[v13734];
let v13744 = *v13743;
let v13746 = v13729 * v251;
let v13747 = v13746 + v13734;
let v13751 = &(*v18603)[v13747];
let v13752 = *v13751;
let v13761 = &(*v18531)[v13729];
let v13762 = *v13761;
let v20165 = fma(v13744, v13752, v13762);
*v13761 = v20165;

}

}
for(var v13767: u32 = v11; v13767 < v251; v13767 += v6940) {
for(var v13772: u32 = v11; v13772 < v251; v13772 += v6940) {
let v13781 = &(*v18560)[v13772];
let v13782 = *v13781;
let v13784 = v13767 * v251;
let v13785 = v13784 + v13772;
let v13789 = &(*v18603)[v13785];
let v13790 = *v13789;
let v13799 = &(*v18533)[v13767];
let v13800 = *v13799;
let v20166 = fma(v13782, v13790, v13800);
*v13799 = v20166;

}

}
for(var v13805: u32 = v11; v13805 < v251; v13805 += v6940) {
for(var v13810: u32 = v11; v13810 < v251; v13810 += v6940) {
let v13819 = &(*v18561)[v13810];
let v13820 = *v13819;
let v13822 = v13805 * v251;
let v13823 = v13822 + v13810;
let v13827 = &(*v18603)[v13823];
let v13828 = *v13827;
let v13837 = &(*v18535)[v13805];
let v13838 = *v13837;
let v20167 = fma(v13820, v13828, v13838);
*v13837 = v20167;

}

}
for(var v13843: u32 = v11; v13843 < v251; v13843 += v6940) {
for(var v13848: u32 = v11; v13848 < v251; v13848 += v6940) {
let v13857 = &(*v18562)[v13848];
let v13858 = *v13857;
let v13860 = v13843 * v251;
let v13861 = v13860 + v13848;
let v13865 = &(*v18603)[v13861];
let v13866 = *v13865;
let v13875 = &(*v18537)[v13843];
let v13876 = *v13875;
let v20168 = fma(v13858, v13866, v13876);
*v13875 = v20168;

}

}
for(var v13881: u32 = v11; v13881 < v251; v13881 += v6940) {
for(var v13886: u32 = v11; v13886 < v251; v13886 += v6940) {
let v13895 = &(*v18563)[v13886];
let v13896 = *v13895;
let v13898 = v13881 * v251;
let v13899 = v13898 + v13886;
let v13903 = &(*v18603)[v13899];
let v13904 = *v13903;
let v13913 = &(*v18539)[v13881];
let v13914 = *v13913;
let v20169 = fma(v13896, v13904, v13914);
*v13913 = v20169;

}

}
for(var v13919: u32 = v11; v13919 < v251; v13919 += v6940) {
for(var v13924: u32 = v11; v13924 < v251; v13924 += v6940) {
let v13933 = &(*v18564)[v13924];
let v13934 = *v13933;
let v13936 = v13919 * v251;
let v13937 = v13936 + v13924;
let v13941 = &(*v18603)[v13937];
let v13942 = *v13941;
let v13951 = &(*v18541)[v13919];
let v13952 = *v13951;
let v20170 = fma(v13934, v13942, v13952);
*v13951 = v20170;

}

}
for(var v13957: u32 = v11; v13957 < v251; v13957 += v6940) {
for(var v13962: u32 = v11; v13962 < v251; v13962 += v6940) {
let v13971 = &(*v18565)[v13962];
let v13972 = *v13971;
let v13974 = v13957 * v251;
let v13975 = v13974 + v13962;
let v13979 = &(*v18603)[v13975];
let v13980 = *v13979;
let v13989 = &(*v18543)[v13957];
let v13990 = *v13989;
let v20171 = fma(v13972, v13980, v13990);
*v13989 = v20171;

}

}
for(var v13995: u32 = v11; v13995 < v251; v13995 += v6940) {
for(var v14000: u32 = v11; v14000 < v251; v14000 += v6940) {
let v14009 = &(*v18566)[v14000];
let v14010 = *v14009;
let v14012 = v13995 * v251;
let v14013 = v14012 + v14000;
let v14017 = &(*v18603)[v14013];
let v14018 = *v14017;
let v14027 = &(*v18545)[v13995];
let v14028 = *v14027;
let v20172 = fma(v14010, v14018, v14028);
*v14027 = v20172;

}

}
for(var v14033: u32 = v11; v14033 < v251; v14033 += v6940) {
for(var v14038: u32 = v11; v14038 < v251; v14038 += v6940) {
let v14047 = &(*v18567)[v14038];
let v14048 = *v14047;
let v14050 = v14033 * v251;
let v14051 = v14050 + v14038;
let v14055 = &(*v18603)[v14051];
let v14056 = *v14055;
let v14065 = &(*v18547)[v14033];
let v14066 = *v14065;
let v20173 = fma(v14048, v14056, v14066);
*v14065 = v20173;

}

}
for(var v14071: u32 = v11; v14071 < v251; v14071 += v6940) {
for(var v14076: u32 = v11; v14076 < v251; v14076 += v6940) {
let v14085 = &(*v18568)[v14076];
let v14086 = *v14085;
let v14088 = v14071 * v251;
let v14089 = v14088 + v14076;
let v14093 = &(*v18603)[v14089];
let v14094 = *v14093;
let v14103 = &(*v18549)[v14071];
let v14104 = *v14103;
let v20174 = fma(v14086, v14094, v14104);
*v14103 = v20174;

}

}
for(var v14109: u32 = v11; v14109 < v251; v14109 += v6940) {
for(var v14114: u32 = v11; v14114 < v251; v14114 += v6940) {
let v14123 = &(*v18569)[v14114];
let v14124 = *v14123;
let v14126 = v14109 * v251;
let v14127 = v14126 + v14114;
let v14131 = &(*v18603)[v14127];
let v14132 = *v14131;
let v14141 = &(*v18551)[v14109];
let v14142 = *v14141;
let v20175 = fma(v14124, v14132, v14142);
*v14141 = v20175;

}

}
for(var v14147: u32 = v11; v14147 < v251; v14147 += v6940) {
for(var v14152: u32 = v11; v14152 < v251; v14152 += v6940) {
let v14161 = &(*v18570)[v14152];
let v14162 = *v14161;
let v14164 = v14147 * v251;
let v14165 = v14164 + v14152;
let v14169 = &(*v18603)[v14165];
let v14170 = *v14169;
let v14179 = &(*v18553)[v14147];
let v14180 = *v14179;
let v20176 = fma(v14162, v14170, v14180);
*v14179 = v20176;

}

}
let v14186 = v3471 + v473;
let v14188 = v216 * v14186;
let v14190 = v14188 / v197;
for(var v14196: u32 = v68; v14196 < v184; v14196 += v56) {
for(var v14201: u32 = v68; v14201 < v197; v14201 += v56) {
let v14204 = v14196 * v197;
let v14205 = v14204 + v14201;
let v14206 = v14190 + v14205;
let v14207 = u32(v14206);
let v14211 = &(*v18509)[v14207];
let v14212 = *v14211;
let v14213 = v14212[0];
let v14215 = v14196 * v184;
let v14217 = v14201 * v197;
let v14218 = v14215 + v14217;
let v14221 = u32(v14218);
let v14225 = &(*v18603)[v14221];
*v14225 = v14213;
let v14226 = v14212[1];
let v14233 = v14218 + v56;
let v14234 = u32(v14233);
let v14238 = &(*v18603)[v14234];
*v14238 = v14226;

}

}
for(var v14242: u32 = v11; v14242 < v251; v14242 += v6940) {
for(var v14247: u32 = v11; v14247 < v251; v14247 += v6940) {
let v14256 = &(*v18555)[v14247];
let v14257 = *v14256;
let v14259 = v14242 * v251;
let v14260 = v14259 + v14247;
let v14264 = &(*v18603)[v14260];
let v14265 = *v14264;
let v14274 = &(*v18524)[v14242];
let v14275 = *v14274;
let v20177 = fma(v14257, v14265, v14275);
*v14274 = v20177;

}

}
for(var v14280: u32 = v11; v14280 < v251; v14280 += v6940) {
for(var v14285: u32 = v11; v14285 < v251; v14285 += v6940) {
let v14294 = &(*v18556)[v14285];
let v14295 = *v14294;
let v14297 = v14280 * v251;
let v14298 = v14297 + v14285;
let v14302 = &(*v18603)[v14298];
let v14303 = *v14302;
let v14312 = &(*v18526)[v14280];
let v14313 = *v14312;
let v20178 = fma(v14295, v14303, v14313);
*v14312 = v20178;

}

}
for(var v14318: u32 = v11; v14318 < v251; v14318 += v6940) {
for(var v14323: u32 = v11; v14323 < v251; v14323 += v6940) {
let v14332 = &(*v18557)[v14323];
let v14333 = *v14332;
let v14335 = v14318 * v251;
let v14336 = v14335 + v14323;
let v14340 = &(*v18603)[v14336];
let v14341 = *v14340;
let v14350 = &(*v18528)[v14318];
let v14351 = *v14350;
let v20179 = fma(v14333, v14341, v14351);
*v14350 = v20179;

}

}
for(var v14356: u32 = v11; v14356 < v251; v14356 += v6940) {
for(var v14361: u32 = v11; v14361 < v251; v14361 += v6940) {
let v14370 = &(*v18558)[v14361];
let v14371 = *v14370;
let v14373 = v14356 * v251;
let v14374 = v14373 + v14361;
let v14378 = &(*v18603)[v14374];
let v14379 = *v14378;
let v14388 = &(*v18530)[v14356];
let v14389 = *v14388;
let v20180 = fma(v14371, v14379, v14389);
*v14388 = v20180;

}

}
for(var v14394: u32 = v11; v14394 < v251; v14394 += v6940) {
for(var v14399: u32 = v11; v14399 < v251; v14399 += v6940) {
let v14408 = &(*v18559)[v14399];
let v14409 = *v14408;
let v14411 = v14394 * v251;
let v14412 = v14411 + v14399;
let v14416 = &(*v18603)[v14412];
let v14417 = *v14416;
let v14426 = &(*v18532)[v14394];
let v14427 = *v14426;
let v20181 = fma(v14409, v14417, v14427);
*v14426 = v20181;

}

}
for(var v14432: u32 = v11; v14432 < v251; v14432 += v6940) {
for(var v14437: u32 = v11; v14437 < v251; v14437 += v6940) {
let v14446 = &(*v18560)[v14437];
let v14447 = *v14446;
let v14449 = v14432 * v251;
let v14450 = v14449 + v14437;
let v14454 = &(*v18603)[v14450];
let v14455 = *v14454;
let v14464 = &(*v18534)[v14432];
let v14465 = *v14464;
let v20182 = fma(v14447, v14455, v14465);
*v14464 = v20182;

}

}
for(var v14470: u32 = v11; v14470 < v251; v14470 += v6940) {
for(var v14475: u32 = v11; v14475 < v251; v14475 += v6940) {
let v14484 = &(*v18561)[v14475];
let v14485 = *v14484;
let v14487 = v14470 * v251;
let v14488 = v14487 + v14475;
let v14492 = &(*v18603)[v14488];
let v14493 = *v14492;
let v14502 = &(*v18536)[v14470];
let v14503 = *v14502;
let v20183 = fma(v14485, v14493, v14503);
*v14502 = v20183;

}

}
for(var v14508: u32 = v11; v14508 < v251; v14508 += v6940) {
for(var v14513: u32 = v11; v14513 < v251; v14513 += v6940) {
let v14522 = &(*v18562)[v14513];
let v14523 = *v14522;
let v14525 = v14508 * v251;
let v14526 = v14525 + v14513;
let v14530 = &(*v18603)[v14526];
let v14531 = *v14530;
let v14540 = &(*v18538)[v14508];
let v14541 = *v14540;
let v20184 = fma(v14523, v14531, v14541);
*v14540 = v20184;

}

}
for(var v14546: u32 = v11; v14546 < v251; v14546 += v6940) {
for(var v14551: u32 = v11; v14551 < v251; v14551 += v6940) {
let v14560 = &(*v18563)[v14551];
let v14561 = *v14560;
let v14563 = v14546 * v251;
let v14564 = v14563 + v14551;
let v14568 = &(*v18603)[v14564];
let v14569 = *v14568;
let v14578 = &(*v18540)[v14546];
let v14579 = *v14578;
let v20185 = fma(v14561, v14569, v14579);
*v14578 = v20185;

}

}
for(var v14584: u32 = v11; v14584 < v251; v14584 += v6940) {
for(var v14589: u32 = v11; v14589 < v251; v14589 += v6940) {
let v14598 = &(*v18564)[v14589];
let v14599 = *v14598;
let v14601 = v14584 * v251;
let v14602 = v14601 + v14589;
let v14606 = &(*v18603)[v14602];
let v14607 = *v14606;
let v14616 = &(*v18542)[v14584];
let v14617 = *v14616;
let v20186 = fma(v14599, v14607, v14617);
*v14616 = v20186;

}

}
for(var v14622: u32 = v11; v14622 < v251; v14622 += v6940) {
for(var v14627: u32 = v11; v14627 < v251; v14627 += v6940) {
let v14636 = &(*v18565)[v14627];
let v14637 = *v14636;
let v14639 = v14622 * v251;
let v14640 = v14639 + v14627;
let v14644 = &(*v18603)[v14640];
let v14645 = *v14644;
let v14654 = &(*v18544)[v14622];
let v14655 = *v14654;
let v20187 = fma(v14637, v14645, v14655);
*v14654 = v20187;

}

}
for(var v14660: u32 = v11; v14660 < v251; v14660 += v6940) {
for(var v14665: u32 = v11; v14665 < v251; v14665 += v6940) {
let v14674 = &(*v18566)[v14665];
let v14675 = *v14674;
let v14677 = v14660 * v251;
let v14678 = v14677 + v14665;
let v14682 = &(*v18603)[v14678];
let v14683 = *v14682;
let v14692 = &(*v18546)[v14660];
let v14693 = *v14692;
let v20188 = fma(v14675, v14683, v14693);
*v14692 = v20188;

}

}
for(var v14698: u32 = v11; v14698 < v251; v14698 += v6940) {
for(var v14703: u32 = v11; v14703 < v251; v14703 += v6940) {
let v14712 = &(*v18567)[v14703];
let v14713 = *v14712;
let v14715 = v14698 * v251;
let v14716 = v14715 + v14703;
let v14720 = &(*v18603)[v14716];
let v14721 = *v14720;
let v14730 = &(*v18548)[v14698];
let v14731 = *v14730;
let v20189 = fma(v14713, v14721, v14731);
*v14730 = v20189;

}

}
for(var v14736: u32 = v11; v14736 < v251; v14736 += v6940) {
for(var v14741: u32 = v11; v14741 < v251; v14741 += v6940) {
let v14750 = &(*v18568)[v14741];
let v14751 = *v14750;
let v14753 = v14736 * v251;
let v14754 = v14753 + v14741;
let v14758 = &(*v18603)[v14754];
let v14759 = *v14758;
let v14768 = &(*v18550)[v14736];
let v14769 = *v14768;
let v20190 = fma(v14751, v14759, v14769);
*v14768 = v20190;

}

}
for(var v14774: u32 = v11; v14774 < v251; v14774 += v6940) {
for(var v14779: u32 = v11; v14779 < v251; v14779 += v6940) {
let v14788 = &(*v18569)[v14779];
let v14789 = *v14788;
let v14791 = v14774 * v251;
let v14792 = v14791 + v14779;
let v14796 = &(*v18603)[v14792];
let v14797 = *v14796;
let v14806 = &(*v18552)[v14774];
let v14807 = *v14806;
let v20191 = fma(v14789, v14797, v14807);
*v14806 = v20191;

}

}
for(var v14812: u32 = v11; v14812 < v251; v14812 += v6940) {
for(var v14817: u32 = v11; v14817 < v251; v14817 += v6940) {
let v14826 = &(*v18570)[v14817];
let v14827 = *v14826;
let v14829 = v14812 * v251;
let v14830 = v14829 + v14817;
let v14834 = &(*v18603)[v14830];
let v14835 = *v14834;
let v14844 = &(*v18554)[v14812];
let v14845 = *v14844;
let v20192 = fma(v14827, v14835, v14845);
*v14844 = v20192;

}

}
let v14847 = *v18508;
let v14849 = *v18512;
let v14850 = v14847 + v14849;
*v18508 = v14850;
let v14851 = *v18510;
let v14853 = *v18516;
let v14854 = v14851 + v14853;
*v18510 = v14854;

}
workgroupBarrier();
var<function> v18943_store: u32;
let v18943 = &v18943_store;
let v14858 = *v18520;
*v18943 = v14858;
var<function> v18944_store: u32;
let v18944 = &v18944_store;
let v14860 = *v18521;
*v18944 = v14860;
var<function> v18945_store: u32;
let v18945 = &v18945_store;
let v14862 = *v18522;
*v18945 = v14862;
var<function> v18946_store: u32;
let v18946 = &v18946_store;
let v14868 = *v18943;
*v18946 = v14868;
var<function> v18947_store: u32;
let v18947 = &v18947_store;
let v14870 = *v18944;
*v18947 = v14870;
var<function> v18948_store: u32;
let v18948 = &v18948_store;
let v14872 = *v18945;
*v18948 = v14872;
var<function> v18949_store: u32;
let v18949 = &v18949_store;
let v14874 = *v18946;
*v18949 = v14874;
var<function> v18950_store: u32;
let v18950 = &v18950_store;
let v14876 = *v18947;
*v18950 = v14876;
var<function> v18951_store: u32;
let v18951 = &v18951_store;
let v14878 = *v18948;
*v18951 = v14878;
for(var v14883: u32 = v68; v14883 < v197; v14883 += v56) {
let v14885 = *v18949;
let v14886 = v14885 + v14883;
let v14887 = f32(0.0);
let v14888 = vec2<f32>(v14887);
var<function> v18953_store: vec2<f32>;
let v18953 = &v18953_store;
*v18953 = v14888;
var<function> v18954_store: vec2<f32>;
let v18954 = &v18954_store;
let v14891 = *v18953;
*v18954 = v14891;
let v14893 = v14883 * v197;
let v14896 = u32(v14893);
let v14900 = &(*v18523)[v14896];
let v14901 = *v14900;
let v14902 = *v18954;
let v14903 = vec2<f32>(v14901, v14902[1]);
*v18954 = v14903;
let v14907 = v14893 + v56;
let v14908 = u32(v14907);
let v14912 = &(*v18523)[v14908];
let v14913 = *v14912;
let v14914 = *v18954;
let v14915 = vec2<f32>(v14914[0], v14913);
*v18954 = v14915;
let v14916 = *v18954;
let v14917 = u32(v14886);
let v14921 = &(*v18511)[v14917];
*v14921 = v14916;

}
let v14926 = u32(2);
for(var v14932: u32 = v68; v14932 < v197; v14932 += v56) {
let v14934 = *v18520;
let v14935 = v14934 + v14932;
let v14936 = u32(v14935);
let v14940 = &(*v18511)[v14936];
let v14941 = *v14940;
let v14944 = v14932 * v197;
let v14948 = v453 * v184;
let v14950 = v14944 / v184;
let v14952 = v14944 % v184;
let v14953 = v451 + v14950;
let v14954 = v14948 + v14952;
// is_in_bounds
// is_in_bounds_end
let v14955 = v171 + v14953;
let v14956 = v172 + v14954;
let v14959 = u32(v14955);
let v14960 = v14959 * v27;
let v14961 = *v18500;
let v14962 = v14961 + v14960;
let v14963 = u32(v14956);
let v14964 = v14963 * v28;
let v14965 = v14962 + v14964;
let v14967 = v14965 / v14926;
let v14968 = v14955 < v25;
let v14969 = v14956 < v26;
let v14970 = v14968 && v14969;
if v14970 {
let v14972 = v14967 < v18482;
if v14972 {
let v14976 = &(*v20193)[v14967];
*v14976 = v14941;

}

}

}
var<function> v18956_store: u32;
let v18956 = &v18956_store;
let v14980 = *v18943;
*v18956 = v14980;
var<function> v18957_store: u32;
let v18957 = &v18957_store;
let v14982 = *v18944;
*v18957 = v14982;
var<function> v18958_store: u32;
let v18958 = &v18958_store;
let v14984 = *v18945;
*v18958 = v14984;
var<function> v18959_store: u32;
let v18959 = &v18959_store;
let v14986 = *v18956;
*v18959 = v14986;
var<function> v18960_store: u32;
let v18960 = &v18960_store;
let v14988 = *v18957;
*v18960 = v14988;
var<function> v18961_store: u32;
let v18961 = &v18961_store;
let v14990 = *v18958;
*v18961 = v14990;
for(var v14995: u32 = v68; v14995 < v197; v14995 += v56) {
let v14997 = *v18959;
let v14998 = v14997 + v14995;
let v14999 = f32(0.0);
let v15000 = vec2<f32>(v14999);
var<function> v18963_store: vec2<f32>;
let v18963 = &v18963_store;
*v18963 = v15000;
var<function> v18964_store: vec2<f32>;
let v18964 = &v18964_store;
let v15003 = *v18963;
*v18964 = v15003;
let v15005 = v14995 * v197;
let v15008 = u32(v15005);
let v15012 = &(*v18524)[v15008];
let v15013 = *v15012;
let v15014 = *v18964;
let v15015 = vec2<f32>(v15013, v15014[1]);
*v18964 = v15015;
let v15019 = v15005 + v56;
let v15020 = u32(v15019);
let v15024 = &(*v18524)[v15020];
let v15025 = *v15024;
let v15026 = *v18964;
let v15027 = vec2<f32>(v15026[0], v15025);
*v18964 = v15027;
let v15028 = *v18964;
let v15029 = u32(v14998);
let v15033 = &(*v18511)[v15029];
*v15033 = v15028;

}
for(var v15044: u32 = v68; v15044 < v197; v15044 += v56) {
let v15046 = *v18520;
let v15047 = v15046 + v15044;
let v15048 = u32(v15047);
let v15052 = &(*v18511)[v15048];
let v15053 = *v15052;
let v15056 = v15044 * v197;
let v15060 = v473 * v184;
let v15062 = v15056 / v184;
let v15064 = v15056 % v184;
let v15065 = v451 + v15062;
let v15066 = v15060 + v15064;
// is_in_bounds
// is_in_bounds_end
let v15067 = v171 + v15065;
let v15068 = v172 + v15066;
let v15071 = u32(v15067);
let v15072 = v15071 * v27;
let v15073 = *v18500;
let v15074 = v15073 + v15072;
let v15075 = u32(v15068);
let v15076 = v15075 * v28;
let v15077 = v15074 + v15076;
let v15079 = v15077 / v14926;
let v15080 = v15067 < v25;
let v15081 = v15068 < v26;
let v15082 = v15080 && v15081;
if v15082 {
let v15084 = v15079 < v18482;
if v15084 {
let v15088 = &(*v20193)[v15079];
*v15088 = v15053;

}

}

}
var<function> v18966_store: u32;
let v18966 = &v18966_store;
let v15094 = *v18943;
*v18966 = v15094;
var<function> v18967_store: u32;
let v18967 = &v18967_store;
let v15096 = *v18944;
*v18967 = v15096;
var<function> v18968_store: u32;
let v18968 = &v18968_store;
let v15098 = *v18945;
*v18968 = v15098;
var<function> v18969_store: u32;
let v18969 = &v18969_store;
let v15100 = *v18966;
*v18969 = v15100;
var<function> v18970_store: u32;
let v18970 = &v18970_store;
let v15102 = *v18967;
*v18970 = v15102;
var<function> v18971_store: u32;
let v18971 = &v18971_store;
let v15104 = *v18968;
*v18971 = v15104;
for(var v15109: u32 = v68; v15109 < v197; v15109 += v56) {
let v15111 = *v18969;
let v15112 = v15111 + v15109;
let v15113 = f32(0.0);
let v15114 = vec2<f32>(v15113);
var<function> v18973_store: vec2<f32>;
let v18973 = &v18973_store;
*v18973 = v15114;
var<function> v18974_store: vec2<f32>;
let v18974 = &v18974_store;
let v15117 = *v18973;
*v18974 = v15117;
let v15119 = v15109 * v197;
let v15122 = u32(v15119);
let v15126 = &(*v18525)[v15122];
let v15127 = *v15126;
let v15128 = *v18974;
let v15129 = vec2<f32>(v15127, v15128[1]);
*v18974 = v15129;
let v15133 = v15119 + v56;
let v15134 = u32(v15133);
let v15138 = &(*v18525)[v15134];
let v15139 = *v15138;
let v15140 = *v18974;
let v15141 = vec2<f32>(v15140[0], v15139);
*v18974 = v15141;
let v15142 = *v18974;
let v15143 = u32(v15112);
let v15147 = &(*v18511)[v15143];
*v15147 = v15142;

}
for(var v15158: u32 = v68; v15158 < v197; v15158 += v56) {
let v15160 = *v18520;
let v15161 = v15160 + v15158;
let v15162 = u32(v15161);
let v15166 = &(*v18511)[v15162];
let v15167 = *v15166;
let v15170 = v15158 * v197;
let v15174 = v453 * v184;
let v15176 = v15170 / v184;
let v15178 = v15170 % v184;
let v15179 = v486 + v15176;
let v15180 = v15174 + v15178;
// is_in_bounds
// is_in_bounds_end
let v15181 = v171 + v15179;
let v15182 = v172 + v15180;
let v15185 = u32(v15181);
let v15186 = v15185 * v27;
let v15187 = *v18500;
let v15188 = v15187 + v15186;
let v15189 = u32(v15182);
let v15190 = v15189 * v28;
let v15191 = v15188 + v15190;
let v15193 = v15191 / v14926;
let v15194 = v15181 < v25;
let v15195 = v15182 < v26;
let v15196 = v15194 && v15195;
if v15196 {
let v15198 = v15193 < v18482;
if v15198 {
let v15202 = &(*v20193)[v15193];
*v15202 = v15167;

}

}

}
var<function> v18976_store: u32;
let v18976 = &v18976_store;
let v15206 = *v18943;
*v18976 = v15206;
var<function> v18977_store: u32;
let v18977 = &v18977_store;
let v15208 = *v18944;
*v18977 = v15208;
var<function> v18978_store: u32;
let v18978 = &v18978_store;
let v15210 = *v18945;
*v18978 = v15210;
var<function> v18979_store: u32;
let v18979 = &v18979_store;
let v15212 = *v18976;
*v18979 = v15212;
var<function> v18980_store: u32;
let v18980 = &v18980_store;
let v15214 = *v18977;
*v18980 = v15214;
var<function> v18981_store: u32;
let v18981 = &v18981_store;
let v15216 = *v18978;
*v18981 = v15216;
for(var v15221: u32 = v68; v15221 < v197; v15221 += v56) {
let v15223 = *v18979;
let v15224 = v15223 + v15221;
let v15225 = f32(0.0);
let v15226 = vec2<f32>(v15225);
var<function> v18983_store: vec2<f32>;
let v18983 = &v18983_store;
*v18983 = v15226;
var<function> v18984_store: vec2<f32>;
let v18984 = &v18984_store;
let v15229 = *v18983;
*v18984 = v15229;
let v15231 = v15221 * v197;
let v15234 = u32(v15231);
let v15238 = &(*v18526)[v15234];
let v15239 = *v15238;
let v15240 = *v18984;
let v15241 = vec2<f32>(v15239, v15240[1]);
*v18984 = v15241;
let v15245 = v15231 + v56;
let v15246 = u32(v15245);
let v15250 = &(*v18526)[v15246];
let v15251 = *v15250;
let v15252 = *v18984;
let v15253 = vec2<f32>(v15252[0], v15251);
*v18984 = v15253;
let v15254 = *v18984;
let v15255 = u32(v15224);
let v15259 = &(*v18511)[v15255];
*v15259 = v15254;

}
for(var v15270: u32 = v68; v15270 < v197; v15270 += v56) {
let v15272 = *v18520;
let v15273 = v15272 + v15270;
let v15274 = u32(v15273);
let v15278 = &(*v18511)[v15274];
let v15279 = *v15278;
let v15282 = v15270 * v197;
let v15286 = v473 * v184;
let v15288 = v15282 / v184;
let v15290 = v15282 % v184;
let v15291 = v486 + v15288;
let v15292 = v15286 + v15290;
// is_in_bounds
// is_in_bounds_end
let v15293 = v171 + v15291;
let v15294 = v172 + v15292;
let v15297 = u32(v15293);
let v15298 = v15297 * v27;
let v15299 = *v18500;
let v15300 = v15299 + v15298;
let v15301 = u32(v15294);
let v15302 = v15301 * v28;
let v15303 = v15300 + v15302;
let v15305 = v15303 / v14926;
let v15306 = v15293 < v25;
let v15307 = v15294 < v26;
let v15308 = v15306 && v15307;
if v15308 {
let v15310 = v15305 < v18482;
if v15310 {
let v15314 = &(*v20193)[v15305];
*v15314 = v15279;

}

}

}
var<function> v18986_store: u32;
let v18986 = &v18986_store;
let v15320 = *v18943;
*v18986 = v15320;
var<function> v18987_store: u32;
let v18987 = &v18987_store;
let v15322 = *v18944;
*v18987 = v15322;
var<function> v18988_store: u32;
let v18988 = &v18988_store;
let v15324 = *v18945;
*v18988 = v15324;
var<function> v18989_store: u32;
let v18989 = &v18989_store;
let v15326 = *v18986;
*v18989 = v15326;
var<function> v18990_store: u32;
let v18990 = &v18990_store;
let v15328 = *v18987;
*v18990 = v15328;
var<function> v18991_store: u32;
let v18991 = &v18991_store;
let v15330 = *v18988;
*v18991 = v15330;
for(var v15335: u32 = v68; v15335 < v197; v15335 += v56) {
let v15337 = *v18989;
let v15338 = v15337 + v15335;
let v15339 = f32(0.0);
let v15340 = vec2<f32>(v15339);
var<function> v18993_store: vec2<f32>;
let v18993 = &v18993_store;
*v18993 = v15340;
var<function> v18994_store: vec2<f32>;
let v18994 = &v18994_store;
let v15343 = *v18993;
*v18994 = v15343;
let v15345 = v15335 * v197;
let v15348 = u32(v15345);
let v15352 = &(*v18527)[v15348];
let v15353 = *v15352;
let v15354 = *v18994;
let v15355 = vec2<f32>(v15353, v15354[1]);
*v18994 = v15355;
let v15359 = v15345 + v56;
let v15360 = u32(v15359);
let v15364 = &(*v18527)[v15360];
let v15365 = *v15364;
let v15366 = *v18994;
let v15367 = vec2<f32>(v15366[0], v15365);
*v18994 = v15367;
let v15368 = *v18994;
let v15369 = u32(v15338);
let v15373 = &(*v18511)[v15369];
*v15373 = v15368;

}
for(var v15384: u32 = v68; v15384 < v197; v15384 += v56) {
let v15386 = *v18520;
let v15387 = v15386 + v15384;
let v15388 = u32(v15387);
let v15392 = &(*v18511)[v15388];
let v15393 = *v15392;
let v15396 = v15384 * v197;
let v15400 = v453 * v184;
let v15402 = v15396 / v184;
let v15404 = v15396 % v184;
let v15405 = v514 + v15402;
let v15406 = v15400 + v15404;
// is_in_bounds
// is_in_bounds_end
let v15407 = v171 + v15405;
let v15408 = v172 + v15406;
let v15411 = u32(v15407);
let v15412 = v15411 * v27;
let v15413 = *v18500;
let v15414 = v15413 + v15412;
let v15415 = u32(v15408);
let v15416 = v15415 * v28;
let v15417 = v15414 + v15416;
let v15419 = v15417 / v14926;
let v15420 = v15407 < v25;
let v15421 = v15408 < v26;
let v15422 = v15420 && v15421;
if v15422 {
let v15424 = v15419 < v18482;
if v15424 {
let v15428 = &(*v20193)[v15419];
*v15428 = v15393;

}

}

}
var<function> v18996_store: u32;
let v18996 = &v18996_store;
let v15432 = *v18943;
*v18996 = v15432;
var<function> v18997_store: u32;
let v18997 = &v18997_store;
let v15434 = *v18944;
*v18997 = v15434;
var<function> v18998_store: u32;
let v18998 = &v18998_store;
let v15436 = *v18945;
*v18998 = v15436;
var<function> v18999_store: u32;
let v18999 = &v18999_store;
let v15438 = *v18996;
*v18999 = v15438;
var<function> v19000_store: u32;
let v19000 = &v19000_store;
let v15440 = *v18997;
*v19000 = v15440;
var<function> v19001_store: u32;
let v19001 = &v19001_store;
let v15442 = *v18998;
*v19001 = v15442;
for(var v15447: u32 = v68; v15447 < v197; v15447 += v56) {
let v15449 = *v18999;
let v15450 = v15449 + v15447;
let v15451 = f32(0.0);
let v15452 = vec2<f32>(v15451);
var<function> v19003_store: vec2<f32>;
let v19003 = &v19003_store;
*v19003 = v15452;
var<function> v19004_store: vec2<f32>;
let v19004 = &v19004_store;
let v15455 = *v19003;
*v19004 = v15455;
let v15457 = v15447 * v197;
let v15460 = u32(v15457);
let v15464 = &(*v18528)[v15460];
let v15465 = *v15464;
let v15466 = *v19004;
let v15467 = vec2<f32>(v15465, v15466[1]);
*v19004 = v15467;
let v15471 = v15457 + v56;
let v15472 = u32(v15471);
let v15476 = &(*v18528)[v15472];
let v15477 = *v15476;
let v15478 = *v19004;
let v15479 = vec2<f32>(v15478[0], v15477);
*v19004 = v15479;
let v15480 = *v19004;
let v15481 = u32(v15450);
let v15485 = &(*v18511)[v15481];
*v15485 = v15480;

}
for(var v15496: u32 = v68; v15496 < v197; v15496 += v56) {
let v15498 = *v18520;
let v15499 = v15498 + v15496;
let v15500 = u32(v15499);
let v15504 = &(*v18511)[v15500];
let v15505 = *v15504;
let v15508 = v15496 * v197;
let v15512 = v473 * v184;
let v15514 = v15508 / v184;
let v15516 = v15508 % v184;
let v15517 = v514 + v15514;
let v15518 = v15512 + v15516;
// is_in_bounds
// is_in_bounds_end
let v15519 = v171 + v15517;
let v15520 = v172 + v15518;
let v15523 = u32(v15519);
let v15524 = v15523 * v27;
let v15525 = *v18500;
let v15526 = v15525 + v15524;
let v15527 = u32(v15520);
let v15528 = v15527 * v28;
let v15529 = v15526 + v15528;
let v15531 = v15529 / v14926;
let v15532 = v15519 < v25;
let v15533 = v15520 < v26;
let v15534 = v15532 && v15533;
if v15534 {
let v15536 = v15531 < v18482;
if v15536 {
let v15540 = &(*v20193)[v15531];
*v15540 = v15505;

}

}

}
var<function> v19006_store: u32;
let v19006 = &v19006_store;
let v15546 = *v18943;
*v19006 = v15546;
var<function> v19007_store: u32;
let v19007 = &v19007_store;
let v15548 = *v18944;
*v19007 = v15548;
var<function> v19008_store: u32;
let v19008 = &v19008_store;
let v15550 = *v18945;
*v19008 = v15550;
var<function> v19009_store: u32;
let v19009 = &v19009_store;
let v15552 = *v19006;
*v19009 = v15552;
var<function> v19010_store: u32;
let v19010 = &v19010_store;
let v15554 = *v19007;
*v19010 = v15554;
var<function> v19011_store: u32;
let v19011 = &v19011_store;
let v15556 = *v19008;
*v19011 = v15556;
for(var v15561: u32 = v68; v15561 < v197; v15561 += v56) {
let v15563 = *v19009;
let v15564 = v15563 + v15561;
let v15565 = f32(0.0);
let v15566 = vec2<f32>(v15565);
var<function> v19013_store: vec2<f32>;
let v19013 = &v19013_store;
*v19013 = v15566;
var<function> v19014_store: vec2<f32>;
let v19014 = &v19014_store;
let v15569 = *v19013;
*v19014 = v15569;
let v15571 = v15561 * v197;
let v15574 = u32(v15571);
let v15578 = &(*v18529)[v15574];
let v15579 = *v15578;
let v15580 = *v19014;
let v15581 = vec2<f32>(v15579, v15580[1]);
*v19014 = v15581;
let v15585 = v15571 + v56;
let v15586 = u32(v15585);
let v15590 = &(*v18529)[v15586];
let v15591 = *v15590;
let v15592 = *v19014;
let v15593 = vec2<f32>(v15592[0], v15591);
*v19014 = v15593;
let v15594 = *v19014;
let v15595 = u32(v15564);
let v15599 = &(*v18511)[v15595];
*v15599 = v15594;

}
for(var v15610: u32 = v68; v15610 < v197; v15610 += v56) {
let v15612 = *v18520;
let v15613 = v15612 + v15610;
let v15614 = u32(v15613);
let v15618 = &(*v18511)[v15614];
let v15619 = *v15618;
let v15622 = v15610 * v197;
let v15626 = v453 * v184;
let v15628 = v15622 / v184;
let v15630 = v15622 % v184;
let v15631 = v542 + v15628;
let v15632 = v15626 + v15630;
// is_in_bounds
// is_in_bounds_end
let v15633 = v171 + v15631;
let v15634 = v172 + v15632;
let v15637 = u32(v15633);
let v15638 = v15637 * v27;
let v15639 = *v18500;
let v15640 = v15639 + v15638;
let v15641 = u32(v15634);
let v15642 = v15641 * v28;
let v15643 = v15640 + v15642;
let v15645 = v15643 / v14926;
let v15646 = v15633 < v25;
let v15647 = v15634 < v26;
let v15648 = v15646 && v15647;
if v15648 {
let v15650 = v15645 < v18482;
if v15650 {
let v15654 = &(*v20193)[v15645];
*v15654 = v15619;

}

}

}
var<function> v19016_store: u32;
let v19016 = &v19016_store;
let v15658 = *v18943;
*v19016 = v15658;
var<function> v19017_store: u32;
let v19017 = &v19017_store;
let v15660 = *v18944;
*v19017 = v15660;
var<function> v19018_store: u32;
let v19018 = &v19018_store;
let v15662 = *v18945;
*v19018 = v15662;
var<function> v19019_store: u32;
let v19019 = &v19019_store;
let v15664 = *v19016;
*v19019 = v15664;
var<function> v19020_store: u32;
let v19020 = &v19020_store;
let v15666 = *v19017;
*v19020 = v15666;
var<function> v19021_store: u32;
let v19021 = &v19021_store;
let v15668 = *v19018;
*v19021 = v15668;
for(var v15673: u32 = v68; v15673 < v197; v15673 += v56) {
let v15675 = *v19019;
let v15676 = v15675 + v15673;
let v15677 = f32(0.0);
let v15678 = vec2<f32>(v15677);
var<function> v19023_store: vec2<f32>;
let v19023 = &v19023_store;
*v19023 = v15678;
var<function> v19024_store: vec2<f32>;
let v19024 = &v19024_store;
let v15681 = *v19023;
*v19024 = v15681;
let v15683 = v15673 * v197;
let v15686 = u32(v15683);
let v15690 = &(*v18530)[v15686];
let v15691 = *v15690;
let v15692 = *v19024;
let v15693 = vec2<f32>(v15691, v15692[1]);
*v19024 = v15693;
let v15697 = v15683 + v56;
let v15698 = u32(v15697);
let v15702 = &(*v18530)[v15698];
let v15703 = *v15702;
let v15704 = *v19024;
let v15705 = vec2<f32>(v15704[0], v15703);
*v19024 = v15705;
let v15706 = *v19024;
let v15707 = u32(v15676);
let v15711 = &(*v18511)[v15707];
*v15711 = v15706;

}
for(var v15722: u32 = v68; v15722 < v197; v15722 += v56) {
let v15724 = *v18520;
let v15725 = v15724 + v15722;
let v15726 = u32(v15725);
let v15730 = &(*v18511)[v15726];
let v15731 = *v15730;
let v15734 = v15722 * v197;
let v15738 = v473 * v184;
let v15740 = v15734 / v184;
let v15742 = v15734 % v184;
let v15743 = v542 + v15740;
let v15744 = v15738 + v15742;
// is_in_bounds
// is_in_bounds_end
let v15745 = v171 + v15743;
let v15746 = v172 + v15744;
let v15749 = u32(v15745);
let v15750 = v15749 * v27;
let v15751 = *v18500;
let v15752 = v15751 + v15750;
let v15753 = u32(v15746);
let v15754 = v15753 * v28;
let v15755 = v15752 + v15754;
let v15757 = v15755 / v14926;
let v15758 = v15745 < v25;
let v15759 = v15746 < v26;
let v15760 = v15758 && v15759;
if v15760 {
let v15762 = v15757 < v18482;
if v15762 {
let v15766 = &(*v20193)[v15757];
*v15766 = v15731;

}

}

}
var<function> v19026_store: u32;
let v19026 = &v19026_store;
let v15772 = *v18943;
*v19026 = v15772;
var<function> v19027_store: u32;
let v19027 = &v19027_store;
let v15774 = *v18944;
*v19027 = v15774;
var<function> v19028_store: u32;
let v19028 = &v19028_store;
let v15776 = *v18945;
*v19028 = v15776;
var<function> v19029_store: u32;
let v19029 = &v19029_store;
let v15778 = *v19026;
*v19029 = v15778;
var<function> v19030_store: u32;
let v19030 = &v19030_store;
let v15780 = *v19027;
*v19030 = v15780;
var<function> v19031_store: u32;
let v19031 = &v19031_store;
let v15782 = *v19028;
*v19031 = v15782;
for(var v15787: u32 = v68; v15787 < v197; v15787 += v56) {
let v15789 = *v19029;
let v15790 = v15789 + v15787;
let v15791 = f32(0.0);
let v15792 = vec2<f32>(v15791);
var<function> v19033_store: vec2<f32>;
let v19033 = &v19033_store;
*v19033 = v15792;
var<function> v19034_store: vec2<f32>;
let v19034 = &v19034_store;
let v15795 = *v19033;
*v19034 = v15795;
let v15797 = v15787 * v197;
let v15800 = u32(v15797);
let v15804 = &(*v18531)[v15800];
let v15805 = *v15804;
let v15806 = *v19034;
let v15807 = vec2<f32>(v15805, v15806[1]);
*v19034 = v15807;
let v15811 = v15797 + v56;
let v15812 = u32(v15811);
let v15816 = &(*v18531)[v15812];
let v15817 = *v15816;
let v15818 = *v19034;
let v15819 = vec2<f32>(v15818[0], v15817);
*v19034 = v15819;
let v15820 = *v19034;
let v15821 = u32(v15790);
let v15825 = &(*v18511)[v15821];
*v15825 = v15820;

}
for(var v15836: u32 = v68; v15836 < v197; v15836 += v56) {
let v15838 = *v18520;
let v15839 = v15838 + v15836;
let v15840 = u32(v15839);
let v15844 = &(*v18511)[v15840];
let v15845 = *v15844;
let v15848 = v15836 * v197;
let v15852 = v453 * v184;
let v15854 = v15848 / v184;
let v15856 = v15848 % v184;
let v15857 = v570 + v15854;
let v15858 = v15852 + v15856;
// is_in_bounds
// is_in_bounds_end
let v15859 = v171 + v15857;
let v15860 = v172 + v15858;
let v15863 = u32(v15859);
let v15864 = v15863 * v27;
let v15865 = *v18500;
let v15866 = v15865 + v15864;
let v15867 = u32(v15860);
let v15868 = v15867 * v28;
let v15869 = v15866 + v15868;
let v15871 = v15869 / v14926;
let v15872 = v15859 < v25;
let v15873 = v15860 < v26;
let v15874 = v15872 && v15873;
if v15874 {
let v15876 = v15871 < v18482;
if v15876 {
let v15880 = &(*v20193)[v15871];
*v15880 = v15845;

}

}

}
var<function> v19036_store: u32;
let v19036 = &v19036_store;
let v15884 = *v18943;
*v19036 = v15884;
var<function> v19037_store: u32;
let v19037 = &v19037_store;
let v15886 = *v18944;
*v19037 = v15886;
var<function> v19038_store: u32;
let v19038 = &v19038_store;
let v15888 = *v18945;
*v19038 = v15888;
var<function> v19039_store: u32;
let v19039 = &v19039_store;
let v15890 = *v19036;
*v19039 = v15890;
var<function> v19040_store: u32;
let v19040 = &v19040_store;
let v15892 = *v19037;
*v19040 = v15892;
var<function> v19041_store: u32;
let v19041 = &v19041_store;
let v15894 = *v19038;
*v19041 = v15894;
for(var v15899: u32 = v68; v15899 < v197; v15899 += v56) {
let v15901 = *v19039;
let v15902 = v15901 + v15899;
let v15903 = f32(0.0);
let v15904 = vec2<f32>(v15903);
var<function> v19043_store: vec2<f32>;
let v19043 = &v19043_store;
*v19043 = v15904;
var<function> v19044_store: vec2<f32>;
let v19044 = &v19044_store;
let v15907 = *v19043;
*v19044 = v15907;
let v15909 = v15899 * v197;
let v15912 = u32(v15909);
let v15916 = &(*v18532)[v15912];
let v15917 = *v15916;
let v15918 = *v19044;
let v15919 = vec2<f32>(v15917, v15918[1]);
*v19044 = v15919;
let v15923 = v15909 + v56;
let v15924 = u32(v15923);
let v15928 = &(*v18532)[v15924];
let v15929 = *v15928;
let v15930 = *v19044;
let v15931 = vec2<f32>(v15930[0], v15929);
*v19044 = v15931;
let v15932 = *v19044;
let v15933 = u32(v15902);
let v15937 = &(*v18511)[v15933];
*v15937 = v15932;

}
for(var v15948: u32 = v68; v15948 < v197; v15948 += v56) {
let v15950 = *v18520;
let v15951 = v15950 + v15948;
let v15952 = u32(v15951);
let v15956 = &(*v18511)[v15952];
let v15957 = *v15956;
let v15960 = v15948 * v197;
let v15964 = v473 * v184;
let v15966 = v15960 / v184;
let v15968 = v15960 % v184;
let v15969 = v570 + v15966;
let v15970 = v15964 + v15968;
// is_in_bounds
// is_in_bounds_end
let v15971 = v171 + v15969;
let v15972 = v172 + v15970;
let v15975 = u32(v15971);
let v15976 = v15975 * v27;
let v15977 = *v18500;
let v15978 = v15977 + v15976;
let v15979 = u32(v15972);
let v15980 = v15979 * v28;
let v15981 = v15978 + v15980;
let v15983 = v15981 / v14926;
let v15984 = v15971 < v25;
let v15985 = v15972 < v26;
let v15986 = v15984 && v15985;
if v15986 {
let v15988 = v15983 < v18482;
if v15988 {
let v15992 = &(*v20193)[v15983];
*v15992 = v15957;

}

}

}
var<function> v19046_store: u32;
let v19046 = &v19046_store;
let v15998 = *v18943;
*v19046 = v15998;
var<function> v19047_store: u32;
let v19047 = &v19047_store;
let v16000 = *v18944;
*v19047 = v16000;
var<function> v19048_store: u32;
let v19048 = &v19048_store;
let v16002 = *v18945;
*v19048 = v16002;
var<function> v19049_store: u32;
let v19049 = &v19049_store;
let v16004 = *v19046;
*v19049 = v16004;
var<function> v19050_store: u32;
let v19050 = &v19050_store;
let v16006 = *v19047;
*v19050 = v16006;
var<function> v19051_store: u32;
let v19051 = &v19051_store;
let v16008 = *v19048;
*v19051 = v16008;
for(var v16013: u32 = v68; v16013 < v197; v16013 += v56) {
let v16015 = *v19049;
let v16016 = v16015 + v16013;
let v16017 = f32(0.0);
let v16018 = vec2<f32>(v16017);
var<function> v19053_store: vec2<f32>;
let v19053 = &v19053_store;
*v19053 = v16018;
var<function> v19054_store: vec2<f32>;
let v19054 = &v19054_store;
let v16021 = *v19053;
*v19054 = v16021;
let v16023 = v16013 * v197;
let v16026 = u32(v16023);
let v16030 = &(*v18533)[v16026];
let v16031 = *v16030;
let v16032 = *v19054;
let v16033 = vec2<f32>(v16031, v16032[1]);
*v19054 = v16033;
let v16037 = v16023 + v56;
let v16038 = u32(v16037);
let v16042 = &(*v18533)[v16038];
let v16043 = *v16042;
let v16044 = *v19054;
let v16045 = vec2<f32>(v16044[0], v16043);
*v19054 = v16045;
let v16046 = *v19054;
let v16047 = u32(v16016);
let v16051 = &(*v18511)[v16047];
*v16051 = v16046;

}
for(var v16062: u32 = v68; v16062 < v197; v16062 += v56) {
let v16064 = *v18520;
let v16065 = v16064 + v16062;
let v16066 = u32(v16065);
let v16070 = &(*v18511)[v16066];
let v16071 = *v16070;
let v16074 = v16062 * v197;
let v16078 = v453 * v184;
let v16080 = v16074 / v184;
let v16082 = v16074 % v184;
let v16083 = v598 + v16080;
let v16084 = v16078 + v16082;
// is_in_bounds
// is_in_bounds_end
let v16085 = v171 + v16083;
let v16086 = v172 + v16084;
let v16089 = u32(v16085);
let v16090 = v16089 * v27;
let v16091 = *v18500;
let v16092 = v16091 + v16090;
let v16093 = u32(v16086);
let v16094 = v16093 * v28;
let v16095 = v16092 + v16094;
let v16097 = v16095 / v14926;
let v16098 = v16085 < v25;
let v16099 = v16086 < v26;
let v16100 = v16098 && v16099;
if v16100 {
let v16102 = v16097 < v18482;
if v16102 {
let v16106 = &(*v20193)[v16097];
*v16106 = v16071;

}

}

}
var<function> v19056_store: u32;
let v19056 = &v19056_store;
let v16110 = *v18943;
*v19056 = v16110;
var<function> v19057_store: u32;
let v19057 = &v19057_store;
let v16112 = *v18944;
*v19057 = v16112;
var<function> v19058_store: u32;
let v19058 = &v19058_store;
let v16114 = *v18945;
*v19058 = v16114;
var<function> v19059_store: u32;
let v19059 = &v19059_store;
let v16116 = *v19056;
*v19059 = v16116;
var<function> v19060_store: u32;
let v19060 = &v19060_store;
let v16118 = *v19057;
*v19060 = v16118;
var<function> v19061_store: u32;
let v19061 = &v19061_store;
let v16120 = *v19058;
*v19061 = v16120;
for(var v16125: u32 = v68; v16125 < v197; v16125 += v56) {
let v16127 = *v19059;
let v16128 = v16127 + v16125;
let v16129 = f32(0.0);
let v16130 = vec2<f32>(v16129);
var<function> v19063_store: vec2<f32>;
let v19063 = &v19063_store;
*v19063 = v16130;
var<function> v19064_store: vec2<f32>;
let v19064 = &v19064_store;
let v16133 = *v19063;
*v19064 = v16133;
let v16135 = v16125 * v197;
let v16138 = u32(v16135);
let v16142 = &(*v18534)[v16138];
let v16143 = *v16142;
let v16144 = *v19064;
let v16145 = vec2<f32>(v16143, v16144[1]);
*v19064 = v16145;
let v16149 = v16135 + v56;
let v16150 = u32(v16149);
let v16154 = &(*v18534)[v16150];
let v16155 = *v16154;
let v16156 = *v19064;
let v16157 = vec2<f32>(v16156[0], v16155);
*v19064 = v16157;
let v16158 = *v19064;
let v16159 = u32(v16128);
let v16163 = &(*v18511)[v16159];
*v16163 = v16158;

}
for(var v16174: u32 = v68; v16174 < v197; v16174 += v56) {
let v16176 = *v18520;
let v16177 = v16176 + v16174;
let v16178 = u32(v16177);
let v16182 = &(*v18511)[v16178];
let v16183 = *v16182;
let v16186 = v16174 * v197;
let v16190 = v473 * v184;
let v16192 = v16186 / v184;
let v16194 = v16186 % v184;
let v16195 = v598 + v16192;
let v16196 = v16190 + v16194;
// is_in_bounds
// is_in_bounds_end
let v16197 = v171 + v16195;
let v16198 = v172 + v16196;
let v16201 = u32(v16197);
let v16202 = v16201 * v27;
let v16203 = *v18500;
let v16204 = v16203 + v16202;
let v16205 = u32(v16198);
let v16206 = v16205 * v28;
let v16207 = v16204 + v16206;
let v16209 = v16207 / v14926;
let v16210 = v16197 < v25;
let v16211 = v16198 < v26;
let v16212 = v16210 && v16211;
if v16212 {
let v16214 = v16209 < v18482;
if v16214 {
let v16218 = &(*v20193)[v16209];
*v16218 = v16183;

}

}

}
var<function> v19066_store: u32;
let v19066 = &v19066_store;
let v16224 = *v18943;
*v19066 = v16224;
var<function> v19067_store: u32;
let v19067 = &v19067_store;
let v16226 = *v18944;
*v19067 = v16226;
var<function> v19068_store: u32;
let v19068 = &v19068_store;
let v16228 = *v18945;
*v19068 = v16228;
var<function> v19069_store: u32;
let v19069 = &v19069_store;
let v16230 = *v19066;
*v19069 = v16230;
var<function> v19070_store: u32;
let v19070 = &v19070_store;
let v16232 = *v19067;
*v19070 = v16232;
var<function> v19071_store: u32;
let v19071 = &v19071_store;
let v16234 = *v19068;
*v19071 = v16234;
for(var v16239: u32 = v68; v16239 < v197; v16239 += v56) {
let v16241 = *v19069;
let v16242 = v16241 + v16239;
let v16243 = f32(0.0);
let v16244 = vec2<f32>(v16243);
var<function> v19073_store: vec2<f32>;
let v19073 = &v19073_store;
*v19073 = v16244;
var<function> v19074_store: vec2<f32>;
let v19074 = &v19074_store;
let v16247 = *v19073;
*v19074 = v16247;
let v16249 = v16239 * v197;
let v16252 = u32(v16249);
let v16256 = &(*v18535)[v16252];
let v16257 = *v16256;
let v16258 = *v19074;
let v16259 = vec2<f32>(v16257, v16258[1]);
*v19074 = v16259;
let v16263 = v16249 + v56;
let v16264 = u32(v16263);
let v16268 = &(*v18535)[v16264];
let v16269 = *v16268;
let v16270 = *v19074;
let v16271 = vec2<f32>(v16270[0], v16269);
*v19074 = v16271;
let v16272 = *v19074;
let v16273 = u32(v16242);
let v16277 = &(*v18511)[v16273];
*v16277 = v16272;

}
for(var v16288: u32 = v68; v16288 < v197; v16288 += v56) {
let v16290 = *v18520;
let v16291 = v16290 + v16288;
let v16292 = u32(v16291);
let v16296 = &(*v18511)[v16292];
let v16297 = *v16296;
let v16300 = v16288 * v197;
let v16304 = v453 * v184;
let v16306 = v16300 / v184;
let v16308 = v16300 % v184;
let v16309 = v626 + v16306;
let v16310 = v16304 + v16308;
// is_in_bounds
// is_in_bounds_end
let v16311 = v171 + v16309;
let v16312 = v172 + v16310;
let v16315 = u32(v16311);
let v16316 = v16315 * v27;
let v16317 = *v18500;
let v16318 = v16317 + v16316;
let v16319 = u32(v16312);
let v16320 = v16319 * v28;
let v16321 = v16318 + v16320;
let v16323 = v16321 / v14926;
let v16324 = v16311 < v25;
let v16325 = v16312 < v26;
let v16326 = v16324 && v16325;
if v16326 {
let v16328 = v16323 < v18482;
if v16328 {
let v16332 = &(*v20193)[v16323];
*v16332 = v16297;

}

}

}
var<function> v19076_store: u32;
let v19076 = &v19076_store;
let v16336 = *v18943;
*v19076 = v16336;
var<function> v19077_store: u32;
let v19077 = &v19077_store;
let v16338 = *v18944;
*v19077 = v16338;
var<function> v19078_store: u32;
let v19078 = &v19078_store;
let v16340 = *v18945;
*v19078 = v16340;
var<function> v19079_store: u32;
let v19079 = &v19079_store;
let v16342 = *v19076;
*v19079 = v16342;
var<function> v19080_store: u32;
let v19080 = &v19080_store;
let v16344 = *v19077;
*v19080 = v16344;
var<function> v19081_store: u32;
let v19081 = &v19081_store;
let v16346 = *v19078;
*v19081 = v16346;
for(var v16351: u32 = v68; v16351 < v197; v16351 += v56) {
let v16353 = *v19079;
let v16354 = v16353 + v16351;
let v16355 = f32(0.0);
let v16356 = vec2<f32>(v16355);
var<function> v19083_store: vec2<f32>;
let v19083 = &v19083_store;
*v19083 = v16356;
var<function> v19084_store: vec2<f32>;
let v19084 = &v19084_store;
let v16359 = *v19083;
*v19084 = v16359;
let v16361 = v16351 * v197;
let v16364 = u32(v16361);
let v16368 = &(*v18536)[v16364];
let v16369 = *v16368;
let v16370 = *v19084;
let v16371 = vec2<f32>(v16369, v16370[1]);
*v19084 = v16371;
let v16375 = v16361 + v56;
let v16376 = u32(v16375);
let v16380 = &(*v18536)[v16376];
let v16381 = *v16380;
let v16382 = *v19084;
let v16383 = vec2<f32>(v16382[0], v16381);
*v19084 = v16383;
let v16384 = *v19084;
let v16385 = u32(v16354);
let v16389 = &(*v18511)[v16385];
*v16389 = v16384;

}
for(var v16400: u32 = v68; v16400 < v197; v16400 += v56) {
let v16402 = *v18520;
let v16403 = v16402 + v16400;
let v16404 = u32(v16403);
let v16408 = &(*v18511)[v16404];
let v16409 = *v16408;
let v16412 = v16400 * v197;
let v16416 = v473 * v184;
let v16418 = v16412 / v184;
let v16420 = v16412 % v184;
let v16421 = v626 + v16418;
let v16422 = v16416 + v16420;
// is_in_bounds
// is_in_bounds_end
let v16423 = v171 + v16421;
let v16424 = v172 + v16422;
let v16427 = u32(v16423);
let v16428 = v16427 * v27;
let v16429 = *v18500;
let v16430 = v16429 + v16428;
let v16431 = u32(v16424);
let v16432 = v16431 * v28;
let v16433 = v16430 + v16432;
let v16435 = v16433 / v14926;
let v16436 = v16423 < v25;
let v16437 = v16424 < v26;
let v16438 = v16436 && v16437;
if v16438 {
let v16440 = v16435 < v18482;
if v16440 {
let v16444 = &(*v20193)[v16435];
*v16444 = v16409;

}

}

}
var<function> v19086_store: u32;
let v19086 = &v19086_store;
let v16450 = *v18943;
*v19086 = v16450;
var<function> v19087_store: u32;
let v19087 = &v19087_store;
let v16452 = *v18944;
*v19087 = v16452;
var<function> v19088_store: u32;
let v19088 = &v19088_store;
let v16454 = *v18945;
*v19088 = v16454;
var<function> v19089_store: u32;
let v19089 = &v19089_store;
let v16456 = *v19086;
*v19089 = v16456;
var<function> v19090_store: u32;
let v19090 = &v19090_store;
let v16458 = *v19087;
*v19090 = v16458;
var<function> v19091_store: u32;
let v19091 = &v19091_store;
let v16460 = *v19088;
*v19091 = v16460;
for(var v16465: u32 = v68; v16465 < v197; v16465 += v56) {
let v16467 = *v19089;
let v16468 = v16467 + v16465;
let v16469 = f32(0.0);
let v16470 = vec2<f32>(v16469);
var<function> v19093_store: vec2<f32>;
let v19093 = &v19093_store;
*v19093 = v16470;
var<function> v19094_store: vec2<f32>;
let v19094 = &v19094_store;
let v16473 = *v19093;
*v19094 = v16473;
let v16475 = v16465 * v197;
let v16478 = u32(v16475);
let v16482 = &(*v18537)[v16478];
let v16483 = *v16482;
let v16484 = *v19094;
let v16485 = vec2<f32>(v16483, v16484[1]);
*v19094 = v16485;
let v16489 = v16475 + v56;
let v16490 = u32(v16489);
let v16494 = &(*v18537)[v16490];
let v16495 = *v16494;
let v16496 = *v19094;
let v16497 = vec2<f32>(v16496[0], v16495);
*v19094 = v16497;
let v16498 = *v19094;
let v16499 = u32(v16468);
let v16503 = &(*v18511)[v16499];
*v16503 = v16498;

}
for(var v16514: u32 = v68; v16514 < v197; v16514 += v56) {
let v16516 = *v18520;
let v16517 = v16516 + v16514;
let v16518 = u32(v16517);
let v16522 = &(*v18511)[v16518];
let v16523 = *v16522;
let v16526 = v16514 * v197;
let v16530 = v453 * v184;
let v16532 = v16526 / v184;
let v16534 = v16526 % v184;
let v16535 = v654 + v16532;
let v16536 = v16530 + v16534;
// is_in_bounds
// is_in_bounds_end
let v16537 = v171 + v16535;
let v16538 = v172 + v16536;
let v16541 = u32(v16537);
let v16542 = v16541 * v27;
let v16543 = *v18500;
let v16544 = v16543 + v16542;
let v16545 = u32(v16538);
let v16546 = v16545 * v28;
let v16547 = v16544 + v16546;
let v16549 = v16547 / v14926;
let v16550 = v16537 < v25;
let v16551 = v16538 < v26;
let v16552 = v16550 && v16551;
if v16552 {
let v16554 = v16549 < v18482;
if v16554 {
let v16558 = &(*v20193)[v16549];
*v16558 = v16523;

}

}

}
var<function> v19096_store: u32;
let v19096 = &v19096_store;
let v16562 = *v18943;
*v19096 = v16562;
var<function> v19097_store: u32;
let v19097 = &v19097_store;
let v16564 = *v18944;
*v19097 = v16564;
var<function> v19098_store: u32;
let v19098 = &v19098_store;
let v16566 = *v18945;
*v19098 = v16566;
var<function> v19099_store: u32;
let v19099 = &v19099_store;
let v16568 = *v19096;
*v19099 = v16568;
var<function> v19100_store: u32;
let v19100 = &v19100_store;
let v16570 = *v19097;
*v19100 = v16570;
var<function> v19101_store: u32;
let v19101 = &v19101_store;
let v16572 = *v19098;
*v19101 = v16572;
for(var v16577: u32 = v68; v16577 < v197; v16577 += v56) {
let v16579 = *v19099;
let v16580 = v16579 + v16577;
let v16581 = f32(0.0);
let v16582 = vec2<f32>(v16581);
var<function> v19103_store: vec2<f32>;
let v19103 = &v19103_store;
*v19103 = v16582;
var<function> v19104_store: vec2<f32>;
let v19104 = &v19104_store;
let v16585 = *v19103;
*v19104 = v16585;
let v16587 = v16577 * v197;
let v16590 = u32(v16587);
let v16594 = &(*v18538)[v16590];
let v16595 = *v16594;
let v16596 = *v19104;
let v16597 = vec2<f32>(v16595, v16596[1]);
*v19104 = v16597;
let v16601 = v16587 + v56;
let v16602 = u32(v16601);
let v16606 = &(*v18538)[v16602];
let v16607 = *v16606;
let v16608 = *v19104;
let v16609 = vec2<f32>(v16608[0], v16607);
*v19104 = v16609;
let v16610 = *v19104;
let v16611 = u32(v16580);
let v16615 = &(*v18511)[v16611];
*v16615 = v16610;

}
for(var v16626: u32 = v68; v16626 < v197; v16626 += v56) {
let v16628 = *v18520;
let v16629 = v16628 + v16626;
let v16630 = u32(v16629);
let v16634 = &(*v18511)[v16630];
let v16635 = *v16634;
let v16638 = v16626 * v197;
let v16642 = v473 * v184;
let v16644 = v16638 / v184;
let v16646 = v16638 % v184;
let v16647 = v654 + v16644;
let v16648 = v16642 + v16646;
// is_in_bounds
// is_in_bounds_end
let v16649 = v171 + v16647;
let v16650 = v172 + v16648;
let v16653 = u32(v16649);
let v16654 = v16653 * v27;
let v16655 = *v18500;
let v16656 = v16655 + v16654;
let v16657 = u32(v16650);
let v16658 = v16657 * v28;
let v16659 = v16656 + v16658;
let v16661 = v16659 / v14926;
let v16662 = v16649 < v25;
let v16663 = v16650 < v26;
let v16664 = v16662 && v16663;
if v16664 {
let v16666 = v16661 < v18482;
if v16666 {
let v16670 = &(*v20193)[v16661];
*v16670 = v16635;

}

}

}
var<function> v19106_store: u32;
let v19106 = &v19106_store;
let v16676 = *v18943;
*v19106 = v16676;
var<function> v19107_store: u32;
let v19107 = &v19107_store;
let v16678 = *v18944;
*v19107 = v16678;
var<function> v19108_store: u32;
let v19108 = &v19108_store;
let v16680 = *v18945;
*v19108 = v16680;
var<function> v19109_store: u32;
let v19109 = &v19109_store;
let v16682 = *v19106;
*v19109 = v16682;
var<function> v19110_store: u32;
let v19110 = &v19110_store;
let v16684 = *v19107;
*v19110 = v16684;
var<function> v19111_store: u32;
let v19111 = &v19111_store;
let v16686 = *v19108;
*v19111 = v16686;
for(var v16691: u32 = v68; v16691 < v197; v16691 += v56) {
let v16693 = *v19109;
let v16694 = v16693 + v16691;
let v16695 = f32(0.0);
let v16696 = vec2<f32>(v16695);
var<function> v19113_store: vec2<f32>;
let v19113 = &v19113_store;
*v19113 = v16696;
var<function> v19114_store: vec2<f32>;
let v19114 = &v19114_store;
let v16699 = *v19113;
*v19114 = v16699;
let v16701 = v16691 * v197;
let v16704 = u32(v16701);
let v16708 = &(*v18539)[v16704];
let v16709 = *v16708;
let v16710 = *v19114;
let v16711 = vec2<f32>(v16709, v16710[1]);
*v19114 = v16711;
let v16715 = v16701 + v56;
let v16716 = u32(v16715);
let v16720 = &(*v18539)[v16716];
let v16721 = *v16720;
let v16722 = *v19114;
let v16723 = vec2<f32>(v16722[0], v16721);
*v19114 = v16723;
let v16724 = *v19114;
let v16725 = u32(v16694);
let v16729 = &(*v18511)[v16725];
*v16729 = v16724;

}
for(var v16740: u32 = v68; v16740 < v197; v16740 += v56) {
let v16742 = *v18520;
let v16743 = v16742 + v16740;
let v16744 = u32(v16743);
let v16748 = &(*v18511)[v16744];
let v16749 = *v16748;
let v16752 = v16740 * v197;
let v16756 = v453 * v184;
let v16758 = v16752 / v184;
let v16760 = v16752 % v184;
let v16761 = v682 + v16758;
let v16762 = v16756 + v16760;
// is_in_bounds
// is_in_bounds_end
let v16763 = v171 + v16761;
let v16764 = v172 + v16762;
let v16767 = u32(v16763);
let v16768 = v16767 * v27;
let v16769 = *v18500;
let v16770 = v16769 + v16768;
let v16771 = u32(v16764);
let v16772 = v16771 * v28;
let v16773 = v16770 + v16772;
let v16775 = v16773 / v14926;
let v16776 = v16763 < v25;
let v16777 = v16764 < v26;
let v16778 = v16776 && v16777;
if v16778 {
let v16780 = v16775 < v18482;
if v16780 {
let v16784 = &(*v20193)[v16775];
*v16784 = v16749;

}

}

}
var<function> v19116_store: u32;
let v19116 = &v19116_store;
let v16788 = *v18943;
*v19116 = v16788;
var<function> v19117_store: u32;
let v19117 = &v19117_store;
let v16790 = *v18944;
*v19117 = v16790;
var<function> v19118_store: u32;
let v19118 = &v19118_store;
let v16792 = *v18945;
*v19118 = v16792;
var<function> v19119_store: u32;
let v19119 = &v19119_store;
let v16794 = *v19116;
*v19119 = v16794;
var<function> v19120_store: u32;
let v19120 = &v19120_store;
let v16796 = *v19117;
*v19120 = v16796;
var<function> v19121_store: u32;
let v19121 = &v19121_store;
let v16798 = *v19118;
*v19121 = v16798;
for(var v16803: u32 = v68; v16803 < v197; v16803 += v56) {
let v16805 = *v19119;
let v16806 = v16805 + v16803;
let v16807 = f32(0.0);
let v16808 = vec2<f32>(v16807);
var<function> v19123_store: vec2<f32>;
let v19123 = &v19123_store;
*v19123 = v16808;
var<function> v19124_store: vec2<f32>;
let v19124 = &v19124_store;
let v16811 = *v19123;
*v19124 = v16811;
let v16813 = v16803 * v197;
let v16816 = u32(v16813);
let v16820 = &(*v18540)[v16816];
let v16821 = *v16820;
let v16822 = *v19124;
let v16823 = vec2<f32>(v16821, v16822[1]);
*v19124 = v16823;
let v16827 = v16813 + v56;
let v16828 = u32(v16827);
let v16832 = &(*v18540)[v16828];
let v16833 = *v16832;
let v16834 = *v19124;
let v16835 = vec2<f32>(v16834[0], v16833);
*v19124 = v16835;
let v16836 = *v19124;
let v16837 = u32(v16806);
let v16841 = &(*v18511)[v16837];
*v16841 = v16836;

}
for(var v16852: u32 = v68; v16852 < v197; v16852 += v56) {
let v16854 = *v18520;
let v16855 = v16854 + v16852;
let v16856 = u32(v16855);
let v16860 = &(*v18511)[v16856];
let v16861 = *v16860;
let v16864 = v16852 * v197;
let v16868 = v473 * v184;
let v16870 = v16864 / v184;
let v16872 = v16864 % v184;
let v16873 = v682 + v16870;
let v16874 = v16868 + v16872;
// is_in_bounds
// is_in_bounds_end
let v16875 = v171 + v16873;
let v16876 = v172 + v16874;
let v16879 = u32(v16875);
let v16880 = v16879 * v27;
let v16881 = *v18500;
let v16882 = v16881 + v16880;
let v16883 = u32(v16876);
let v16884 = v16883 * v28;
let v16885 = v16882 + v16884;
let v16887 = v16885 / v14926;
let v16888 = v16875 < v25;
let v16889 = v16876 < v26;
let v16890 = v16888 && v16889;
if v16890 {
let v16892 = v16887 < v18482;
if v16892 {
let v16896 = &(*v20193)[v16887];
*v16896 = v16861;

}

}

}
var<function> v19126_store: u32;
let v19126 = &v19126_store;
let v16902 = *v18943;
*v19126 = v16902;
var<function> v19127_store: u32;
let v19127 = &v19127_store;
let v16904 = *v18944;
*v19127 = v16904;
var<function> v19128_store: u32;
let v19128 = &v19128_store;
let v16906 = *v18945;
*v19128 = v16906;
var<function> v19129_store: u32;
let v19129 = &v19129_store;
let v16908 = *v19126;
*v19129 = v16908;
var<function> v19130_store: u32;
let v19130 = &v19130_store;
let v16910 = *v19127;
*v19130 = v16910;
var<function> v19131_store: u32;
let v19131 = &v19131_store;
let v16912 = *v19128;
*v19131 = v16912;
for(var v16917: u32 = v68; v16917 < v197; v16917 += v56) {
let v16919 = *v19129;
let v16920 = v16919 + v16917;
let v16921 = f32(0.0);
let v16922 = vec2<f32>(v16921);
var<function> v19133_store: vec2<f32>;
let v19133 = &v19133_store;
*v19133 = v16922;
var<function> v19134_store: vec2<f32>;
let v19134 = &v19134_store;
let v16925 = *v19133;
*v19134 = v16925;
let v16927 = v16917 * v197;
let v16930 = u32(v16927);
let v16934 = &(*v18541)[v16930];
let v16935 = *v16934;
let v16936 = *v19134;
let v16937 = vec2<f32>(v16935, v16936[1]);
*v19134 = v16937;
let v16941 = v16927 + v56;
let v16942 = u32(v16941);
let v16946 = &(*v18541)[v16942];
let v16947 = *v16946;
let v16948 = *v19134;
let v16949 = vec2<f32>(v16948[0], v16947);
*v19134 = v16949;
let v16950 = *v19134;
let v16951 = u32(v16920);
let v16955 = &(*v18511)[v16951];
*v16955 = v16950;

}
for(var v16966: u32 = v68; v16966 < v197; v16966 += v56) {
let v16968 = *v18520;
let v16969 = v16968 + v16966;
let v16970 = u32(v16969);
let v16974 = &(*v18511)[v16970];
let v16975 = *v16974;
let v16978 = v16966 * v197;
let v16982 = v453 * v184;
let v16984 = v16978 / v184;
let v16986 = v16978 % v184;
let v16987 = v710 + v16984;
let v16988 = v16982 + v16986;
// is_in_bounds
// is_in_bounds_end
let v16989 = v171 + v16987;
let v16990 = v172 + v16988;
let v16993 = u32(v16989);
let v16994 = v16993 * v27;
let v16995 = *v18500;
let v16996 = v16995 + v16994;
let v16997 = u32(v16990);
let v16998 = v16997 * v28;
let v16999 = v16996 + v16998;
let v17001 = v16999 / v14926;
let v17002 = v16989 < v25;
let v17003 = v16990 < v26;
let v17004 = v17002 && v17003;
if v17004 {
let v17006 = v17001 < v18482;
if v17006 {
let v17010 = &(*v20193)[v17001];
*v17010 = v16975;

}

}

}
var<function> v19136_store: u32;
let v19136 = &v19136_store;
let v17014 = *v18943;
*v19136 = v17014;
var<function> v19137_store: u32;
let v19137 = &v19137_store;
let v17016 = *v18944;
*v19137 = v17016;
var<function> v19138_store: u32;
let v19138 = &v19138_store;
let v17018 = *v18945;
*v19138 = v17018;
var<function> v19139_store: u32;
let v19139 = &v19139_store;
let v17020 = *v19136;
*v19139 = v17020;
var<function> v19140_store: u32;
let v19140 = &v19140_store;
let v17022 = *v19137;
*v19140 = v17022;
var<function> v19141_store: u32;
let v19141 = &v19141_store;
let v17024 = *v19138;
*v19141 = v17024;
for(var v17029: u32 = v68; v17029 < v197; v17029 += v56) {
let v17031 = *v19139;
let v17032 = v17031 + v17029;
let v17033 = f32(0.0);
let v17034 = vec2<f32>(v17033);
var<function> v19143_store: vec2<f32>;
let v19143 = &v19143_store;
*v19143 = v17034;
var<function> v19144_store: vec2<f32>;
let v19144 = &v19144_store;
let v17037 = *v19143;
*v19144 = v17037;
let v17039 = v17029 * v197;
let v17042 = u32(v17039);
let v17046 = &(*v18542)[v17042];
let v17047 = *v17046;
let v17048 = *v19144;
let v17049 = vec2<f32>(v17047, v17048[1]);
*v19144 = v17049;
let v17053 = v17039 + v56;
let v17054 = u32(v17053);
let v17058 = &(*v18542)[v17054];
let v17059 = *v17058;
let v17060 = *v19144;
let v17061 = vec2<f32>(v17060[0], v17059);
*v19144 = v17061;
let v17062 = *v19144;
let v17063 = u32(v17032);
let v17067 = &(*v18511)[v17063];
*v17067 = v17062;

}
for(var v17078: u32 = v68; v17078 < v197; v17078 += v56) {
let v17080 = *v18520;
let v17081 = v17080 + v17078;
let v17082 = u32(v17081);
let v17086 = &(*v18511)[v17082];
let v17087 = *v17086;
let v17090 = v17078 * v197;
let v17094 = v473 * v184;
let v17096 = v17090 / v184;
let v17098 = v17090 % v184;
let v17099 = v710 + v17096;
let v17100 = v17094 + v17098;
// is_in_bounds
// is_in_bounds_end
let v17101 = v171 + v17099;
let v17102 = v172 + v17100;
let v17105 = u32(v17101);
let v17106 = v17105 * v27;
let v17107 = *v18500;
let v17108 = v17107 + v17106;
let v17109 = u32(v17102);
let v17110 = v17109 * v28;
let v17111 = v17108 + v17110;
let v17113 = v17111 / v14926;
let v17114 = v17101 < v25;
let v17115 = v17102 < v26;
let v17116 = v17114 && v17115;
if v17116 {
let v17118 = v17113 < v18482;
if v17118 {
let v17122 = &(*v20193)[v17113];
*v17122 = v17087;

}

}

}
var<function> v19146_store: u32;
let v19146 = &v19146_store;
let v17128 = *v18943;
*v19146 = v17128;
var<function> v19147_store: u32;
let v19147 = &v19147_store;
let v17130 = *v18944;
*v19147 = v17130;
var<function> v19148_store: u32;
let v19148 = &v19148_store;
let v17132 = *v18945;
*v19148 = v17132;
var<function> v19149_store: u32;
let v19149 = &v19149_store;
let v17134 = *v19146;
*v19149 = v17134;
var<function> v19150_store: u32;
let v19150 = &v19150_store;
let v17136 = *v19147;
*v19150 = v17136;
var<function> v19151_store: u32;
let v19151 = &v19151_store;
let v17138 = *v19148;
*v19151 = v17138;
for(var v17143: u32 = v68; v17143 < v197; v17143 += v56) {
let v17145 = *v19149;
let v17146 = v17145 + v17143;
let v17147 = f32(0.0);
let v17148 = vec2<f32>(v17147);
var<function> v19153_store: vec2<f32>;
let v19153 = &v19153_store;
*v19153 = v17148;
var<function> v19154_store: vec2<f32>;
let v19154 = &v19154_store;
let v17151 = *v19153;
*v19154 = v17151;
let v17153 = v17143 * v197;
let v17156 = u32(v17153);
let v17160 = &(*v18543)[v17156];
let v17161 = *v17160;
let v17162 = *v19154;
let v17163 = vec2<f32>(v17161, v17162[1]);
*v19154 = v17163;
let v17167 = v17153 + v56;
let v17168 = u32(v17167);
let v17172 = &(*v18543)[v17168];
let v17173 = *v17172;
let v17174 = *v19154;
let v17175 = vec2<f32>(v17174[0], v17173);
*v19154 = v17175;
let v17176 = *v19154;
let v17177 = u32(v17146);
let v17181 = &(*v18511)[v17177];
*v17181 = v17176;

}
for(var v17192: u32 = v68; v17192 < v197; v17192 += v56) {
let v17194 = *v18520;
let v17195 = v17194 + v17192;
let v17196 = u32(v17195);
let v17200 = &(*v18511)[v17196];
let v17201 = *v17200;
let v17204 = v17192 * v197;
let v17208 = v453 * v184;
let v17210 = v17204 / v184;
let v17212 = v17204 % v184;
let v17213 = v738 + v17210;
let v17214 = v17208 + v17212;
// is_in_bounds
// is_in_bounds_end
let v17215 = v171 + v17213;
let v17216 = v172 + v17214;
let v17219 = u32(v17215);
let v17220 = v17219 * v27;
let v17221 = *v18500;
let v17222 = v17221 + v17220;
let v17223 = u32(v17216);
let v17224 = v17223 * v28;
let v17225 = v17222 + v17224;
let v17227 = v17225 / v14926;
let v17228 = v17215 < v25;
let v17229 = v17216 < v26;
let v17230 = v17228 && v17229;
if v17230 {
let v17232 = v17227 < v18482;
if v17232 {
let v17236 = &(*v20193)[v17227];
*v17236 = v17201;

}

}

}
var<function> v19156_store: u32;
let v19156 = &v19156_store;
let v17240 = *v18943;
*v19156 = v17240;
var<function> v19157_store: u32;
let v19157 = &v19157_store;
let v17242 = *v18944;
*v19157 = v17242;
var<function> v19158_store: u32;
let v19158 = &v19158_store;
let v17244 = *v18945;
*v19158 = v17244;
var<function> v19159_store: u32;
let v19159 = &v19159_store;
let v17246 = *v19156;
*v19159 = v17246;
var<function> v19160_store: u32;
let v19160 = &v19160_store;
let v17248 = *v19157;
*v19160 = v17248;
var<function> v19161_store: u32;
let v19161 = &v19161_store;
let v17250 = *v19158;
*v19161 = v17250;
for(var v17255: u32 = v68; v17255 < v197; v17255 += v56) {
let v17257 = *v19159;
let v17258 = v17257 + v17255;
let v17259 = f32(0.0);
let v17260 = vec2<f32>(v17259);
var<function> v19163_store: vec2<f32>;
let v19163 = &v19163_store;
*v19163 = v17260;
var<function> v19164_store: vec2<f32>;
let v19164 = &v19164_store;
let v17263 = *v19163;
*v19164 = v17263;
let v17265 = v17255 * v197;
let v17268 = u32(v17265);
let v17272 = &(*v18544)[v17268];
let v17273 = *v17272;
let v17274 = *v19164;
let v17275 = vec2<f32>(v17273, v17274[1]);
*v19164 = v17275;
let v17279 = v17265 + v56;
let v17280 = u32(v17279);
let v17284 = &(*v18544)[v17280];
let v17285 = *v17284;
let v17286 = *v19164;
let v17287 = vec2<f32>(v17286[0], v17285);
*v19164 = v17287;
let v17288 = *v19164;
let v17289 = u32(v17258);
let v17293 = &(*v18511)[v17289];
*v17293 = v17288;

}
for(var v17304: u32 = v68; v17304 < v197; v17304 += v56) {
let v17306 = *v18520;
let v17307 = v17306 + v17304;
let v17308 = u32(v17307);
let v17312 = &(*v18511)[v17308];
let v17313 = *v17312;
let v17316 = v17304 * v197;
let v17320 = v473 * v184;
let v17322 = v17316 / v184;
let v17324 = v17316 % v184;
let v17325 = v738 + v17322;
let v17326 = v17320 + v17324;
// is_in_bounds
// is_in_bounds_end
let v17327 = v171 + v17325;
let v17328 = v172 + v17326;
let v17331 = u32(v17327);
let v17332 = v17331 * v27;
let v17333 = *v18500;
let v17334 = v17333 + v17332;
let v17335 = u32(v17328);
let v17336 = v17335 * v28;
let v17337 = v17334 + v17336;
let v17339 = v17337 / v14926;
let v17340 = v17327 < v25;
let v17341 = v17328 < v26;
let v17342 = v17340 && v17341;
if v17342 {
let v17344 = v17339 < v18482;
if v17344 {
let v17348 = &(*v20193)[v17339];
*v17348 = v17313;

}

}

}
var<function> v19166_store: u32;
let v19166 = &v19166_store;
let v17354 = *v18943;
*v19166 = v17354;
var<function> v19167_store: u32;
let v19167 = &v19167_store;
let v17356 = *v18944;
*v19167 = v17356;
var<function> v19168_store: u32;
let v19168 = &v19168_store;
let v17358 = *v18945;
*v19168 = v17358;
var<function> v19169_store: u32;
let v19169 = &v19169_store;
let v17360 = *v19166;
*v19169 = v17360;
var<function> v19170_store: u32;
let v19170 = &v19170_store;
let v17362 = *v19167;
*v19170 = v17362;
var<function> v19171_store: u32;
let v19171 = &v19171_store;
let v17364 = *v19168;
*v19171 = v17364;
for(var v17369: u32 = v68; v17369 < v197; v17369 += v56) {
let v17371 = *v19169;
let v17372 = v17371 + v17369;
let v17373 = f32(0.0);
let v17374 = vec2<f32>(v17373);
var<function> v19173_store: vec2<f32>;
let v19173 = &v19173_store;
*v19173 = v17374;
var<function> v19174_store: vec2<f32>;
let v19174 = &v19174_store;
let v17377 = *v19173;
*v19174 = v17377;
let v17379 = v17369 * v197;
let v17382 = u32(v17379);
let v17386 = &(*v18545)[v17382];
let v17387 = *v17386;
let v17388 = *v19174;
let v17389 = vec2<f32>(v17387, v17388[1]);
*v19174 = v17389;
let v17393 = v17379 + v56;
let v17394 = u32(v17393);
let v17398 = &(*v18545)[v17394];
let v17399 = *v17398;
let v17400 = *v19174;
let v17401 = vec2<f32>(v17400[0], v17399);
*v19174 = v17401;
let v17402 = *v19174;
let v17403 = u32(v17372);
let v17407 = &(*v18511)[v17403];
*v17407 = v17402;

}
for(var v17418: u32 = v68; v17418 < v197; v17418 += v56) {
let v17420 = *v18520;
let v17421 = v17420 + v17418;
let v17422 = u32(v17421);
let v17426 = &(*v18511)[v17422];
let v17427 = *v17426;
let v17430 = v17418 * v197;
let v17434 = v453 * v184;
let v17436 = v17430 / v184;
let v17438 = v17430 % v184;
let v17439 = v766 + v17436;
let v17440 = v17434 + v17438;
// is_in_bounds
// is_in_bounds_end
let v17441 = v171 + v17439;
let v17442 = v172 + v17440;
let v17445 = u32(v17441);
let v17446 = v17445 * v27;
let v17447 = *v18500;
let v17448 = v17447 + v17446;
let v17449 = u32(v17442);
let v17450 = v17449 * v28;
let v17451 = v17448 + v17450;
let v17453 = v17451 / v14926;
let v17454 = v17441 < v25;
let v17455 = v17442 < v26;
let v17456 = v17454 && v17455;
if v17456 {
let v17458 = v17453 < v18482;
if v17458 {
let v17462 = &(*v20193)[v17453];
*v17462 = v17427;

}

}

}
var<function> v19176_store: u32;
let v19176 = &v19176_store;
let v17466 = *v18943;
*v19176 = v17466;
var<function> v19177_store: u32;
let v19177 = &v19177_store;
let v17468 = *v18944;
*v19177 = v17468;
var<function> v19178_store: u32;
let v19178 = &v19178_store;
let v17470 = *v18945;
*v19178 = v17470;
var<function> v19179_store: u32;
let v19179 = &v19179_store;
let v17472 = *v19176;
*v19179 = v17472;
var<function> v19180_store: u32;
let v19180 = &v19180_store;
let v17474 = *v19177;
*v19180 = v17474;
var<function> v19181_store: u32;
let v19181 = &v19181_store;
let v17476 = *v19178;
*v19181 = v17476;
for(var v17481: u32 = v68; v17481 < v197; v17481 += v56) {
let v17483 = *v19179;
let v17484 = v17483 + v17481;
let v17485 = f32(0.0);
let v17486 = vec2<f32>(v17485);
var<function> v19183_store: vec2<f32>;
let v19183 = &v19183_store;
*v19183 = v17486;
var<function> v19184_store: vec2<f32>;
let v19184 = &v19184_store;
let v17489 = *v19183;
*v19184 = v17489;
let v17491 = v17481 * v197;
let v17494 = u32(v17491);
let v17498 = &(*v18546)[v17494];
let v17499 = *v17498;
let v17500 = *v19184;
let v17501 = vec2<f32>(v17499, v17500[1]);
*v19184 = v17501;
let v17505 = v17491 + v56;
let v17506 = u32(v17505);
let v17510 = &(*v18546)[v17506];
let v17511 = *v17510;
let v17512 = *v19184;
let v17513 = vec2<f32>(v17512[0], v17511);
*v19184 = v17513;
let v17514 = *v19184;
let v17515 = u32(v17484);
let v17519 = &(*v18511)[v17515];
*v17519 = v17514;

}
for(var v17530: u32 = v68; v17530 < v197; v17530 += v56) {
let v17532 = *v18520;
let v17533 = v17532 + v17530;
let v17534 = u32(v17533);
let v17538 = &(*v18511)[v17534];
let v17539 = *v17538;
let v17542 = v17530 * v197;
let v17546 = v473 * v184;
let v17548 = v17542 / v184;
let v17550 = v17542 % v184;
let v17551 = v766 + v17548;
let v17552 = v17546 + v17550;
// is_in_bounds
// is_in_bounds_end
let v17553 = v171 + v17551;
let v17554 = v172 + v17552;
let v17557 = u32(v17553);
let v17558 = v17557 * v27;
let v17559 = *v18500;
let v17560 = v17559 + v17558;
let v17561 = u32(v17554);
let v17562 = v17561 * v28;
let v17563 = v17560 + v17562;
let v17565 = v17563 / v14926;
let v17566 = v17553 < v25;
let v17567 = v17554 < v26;
let v17568 = v17566 && v17567;
if v17568 {
let v17570 = v17565 < v18482;
if v17570 {
let v17574 = &(*v20193)[v17565];
*v17574 = v17539;

}

}

}
var<function> v19186_store: u32;
let v19186 = &v19186_store;
let v17580 = *v18943;
*v19186 = v17580;
var<function> v19187_store: u32;
let v19187 = &v19187_store;
let v17582 = *v18944;
*v19187 = v17582;
var<function> v19188_store: u32;
let v19188 = &v19188_store;
let v17584 = *v18945;
*v19188 = v17584;
var<function> v19189_store: u32;
let v19189 = &v19189_store;
let v17586 = *v19186;
*v19189 = v17586;
var<function> v19190_store: u32;
let v19190 = &v19190_store;
let v17588 = *v19187;
*v19190 = v17588;
var<function> v19191_store: u32;
let v19191 = &v19191_store;
let v17590 = *v19188;
*v19191 = v17590;
for(var v17595: u32 = v68; v17595 < v197; v17595 += v56) {
let v17597 = *v19189;
let v17598 = v17597 + v17595;
let v17599 = f32(0.0);
let v17600 = vec2<f32>(v17599);
var<function> v19193_store: vec2<f32>;
let v19193 = &v19193_store;
*v19193 = v17600;
var<function> v19194_store: vec2<f32>;
let v19194 = &v19194_store;
let v17603 = *v19193;
*v19194 = v17603;
let v17605 = v17595 * v197;
let v17608 = u32(v17605);
let v17612 = &(*v18547)[v17608];
let v17613 = *v17612;
let v17614 = *v19194;
let v17615 = vec2<f32>(v17613, v17614[1]);
*v19194 = v17615;
let v17619 = v17605 + v56;
let v17620 = u32(v17619);
let v17624 = &(*v18547)[v17620];
let v17625 = *v17624;
let v17626 = *v19194;
let v17627 = vec2<f32>(v17626[0], v17625);
*v19194 = v17627;
let v17628 = *v19194;
let v17629 = u32(v17598);
let v17633 = &(*v18511)[v17629];
*v17633 = v17628;

}
for(var v17644: u32 = v68; v17644 < v197; v17644 += v56) {
let v17646 = *v18520;
let v17647 = v17646 + v17644;
let v17648 = u32(v17647);
let v17652 = &(*v18511)[v17648];
let v17653 = *v17652;
let v17656 = v17644 * v197;
let v17660 = v453 * v184;
let v17662 = v17656 / v184;
let v17664 = v17656 % v184;
let v17665 = v794 + v17662;
let v17666 = v17660 + v17664;
// is_in_bounds
// is_in_bounds_end
let v17667 = v171 + v17665;
let v17668 = v172 + v17666;
let v17671 = u32(v17667);
let v17672 = v17671 * v27;
let v17673 = *v18500;
let v17674 = v17673 + v17672;
let v17675 = u32(v17668);
let v17676 = v17675 * v28;
let v17677 = v17674 + v17676;
let v17679 = v17677 / v14926;
let v17680 = v17667 < v25;
let v17681 = v17668 < v26;
let v17682 = v17680 && v17681;
if v17682 {
let v17684 = v17679 < v18482;
if v17684 {
let v17688 = &(*v20193)[v17679];
*v17688 = v17653;

}

}

}
var<function> v19196_store: u32;
let v19196 = &v19196_store;
let v17692 = *v18943;
*v19196 = v17692;
var<function> v19197_store: u32;
let v19197 = &v19197_store;
let v17694 = *v18944;
*v19197 = v17694;
var<function> v19198_store: u32;
let v19198 = &v19198_store;
let v17696 = *v18945;
*v19198 = v17696;
var<function> v19199_store: u32;
let v19199 = &v19199_store;
let v17698 = *v19196;
*v19199 = v17698;
var<function> v19200_store: u32;
let v19200 = &v19200_store;
let v17700 = *v19197;
*v19200 = v17700;
var<function> v19201_store: u32;
let v19201 = &v19201_store;
let v17702 = *v19198;
*v19201 = v17702;
for(var v17707: u32 = v68; v17707 < v197; v17707 += v56) {
let v17709 = *v19199;
let v17710 = v17709 + v17707;
let v17711 = f32(0.0);
let v17712 = vec2<f32>(v17711);
var<function> v19203_store: vec2<f32>;
let v19203 = &v19203_store;
*v19203 = v17712;
var<function> v19204_store: vec2<f32>;
let v19204 = &v19204_store;
let v17715 = *v19203;
*v19204 = v17715;
let v17717 = v17707 * v197;
let v17720 = u32(v17717);
let v17724 = &(*v18548)[v17720];
let v17725 = *v17724;
let v17726 = *v19204;
let v17727 = vec2<f32>(v17725, v17726[1]);
*v19204 = v17727;
let v17731 = v17717 + v56;
let v17732 = u32(v17731);
let v17736 = &(*v18548)[v17732];
let v17737 = *v17736;
let v17738 = *v19204;
let v17739 = vec2<f32>(v17738[0], v17737);
*v19204 = v17739;
let v17740 = *v19204;
let v17741 = u32(v17710);
let v17745 = &(*v18511)[v17741];
*v17745 = v17740;

}
for(var v17756: u32 = v68; v17756 < v197; v17756 += v56) {
let v17758 = *v18520;
let v17759 = v17758 + v17756;
let v17760 = u32(v17759);
let v17764 = &(*v18511)[v17760];
let v17765 = *v17764;
let v17768 = v17756 * v197;
let v17772 = v473 * v184;
let v17774 = v17768 / v184;
let v17776 = v17768 % v184;
let v17777 = v794 + v17774;
let v17778 = v17772 + v17776;
// is_in_bounds
// is_in_bounds_end
let v17779 = v171 + v17777;
let v17780 = v172 + v17778;
let v17783 = u32(v17779);
let v17784 = v17783 * v27;
let v17785 = *v18500;
let v17786 = v17785 + v17784;
let v17787 = u32(v17780);
let v17788 = v17787 * v28;
let v17789 = v17786 + v17788;
let v17791 = v17789 / v14926;
let v17792 = v17779 < v25;
let v17793 = v17780 < v26;
let v17794 = v17792 && v17793;
if v17794 {
let v17796 = v17791 < v18482;
if v17796 {
let v17800 = &(*v20193)[v17791];
*v17800 = v17765;

}

}

}
var<function> v19206_store: u32;
let v19206 = &v19206_store;
let v17806 = *v18943;
*v19206 = v17806;
var<function> v19207_store: u32;
let v19207 = &v19207_store;
let v17808 = *v18944;
*v19207 = v17808;
var<function> v19208_store: u32;
let v19208 = &v19208_store;
let v17810 = *v18945;
*v19208 = v17810;
var<function> v19209_store: u32;
let v19209 = &v19209_store;
let v17812 = *v19206;
*v19209 = v17812;
var<function> v19210_store: u32;
let v19210 = &v19210_store;
let v17814 = *v19207;
*v19210 = v17814;
var<function> v19211_store: u32;
let v19211 = &v19211_store;
let v17816 = *v19208;
*v19211 = v17816;
for(var v17821: u32 = v68; v17821 < v197; v17821 += v56) {
let v17823 = *v19209;
let v17824 = v17823 + v17821;
let v17825 = f32(0.0);
let v17826 = vec2<f32>(v17825);
var<function> v19213_store: vec2<f32>;
let v19213 = &v19213_store;
*v19213 = v17826;
var<function> v19214_store: vec2<f32>;
let v19214 = &v19214_store;
let v17829 = *v19213;
*v19214 = v17829;
let v17831 = v17821 * v197;
let v17834 = u32(v17831);
let v17838 = &(*v18549)[v17834];
let v17839 = *v17838;
let v17840 = *v19214;
let v17841 = vec2<f32>(v17839, v17840[1]);
*v19214 = v17841;
let v17845 = v17831 + v56;
let v17846 = u32(v17845);
let v17850 = &(*v18549)[v17846];
let v17851 = *v17850;
let v17852 = *v19214;
let v17853 = vec2<f32>(v17852[0], v17851);
*v19214 = v17853;
let v17854 = *v19214;
let v17855 = u32(v17824);
let v17859 = &(*v18511)[v17855];
*v17859 = v17854;

}
for(var v17870: u32 = v68; v17870 < v197; v17870 += v56) {
let v17872 = *v18520;
let v17873 = v17872 + v17870;
let v17874 = u32(v17873);
let v17878 = &(*v18511)[v17874];
let v17879 = *v17878;
let v17882 = v17870 * v197;
let v17886 = v453 * v184;
let v17888 = v17882 / v184;
let v17890 = v17882 % v184;
let v17891 = v822 + v17888;
let v17892 = v17886 + v17890;
// is_in_bounds
// is_in_bounds_end
let v17893 = v171 + v17891;
let v17894 = v172 + v17892;
let v17897 = u32(v17893);
let v17898 = v17897 * v27;
let v17899 = *v18500;
let v17900 = v17899 + v17898;
let v17901 = u32(v17894);
let v17902 = v17901 * v28;
let v17903 = v17900 + v17902;
let v17905 = v17903 / v14926;
let v17906 = v17893 < v25;
let v17907 = v17894 < v26;
let v17908 = v17906 && v17907;
if v17908 {
let v17910 = v17905 < v18482;
if v17910 {
let v17914 = &(*v20193)[v17905];
*v17914 = v17879;

}

}

}
var<function> v19216_store: u32;
let v19216 = &v19216_store;
let v17918 = *v18943;
*v19216 = v17918;
var<function> v19217_store: u32;
let v19217 = &v19217_store;
let v17920 = *v18944;
*v19217 = v17920;
var<function> v19218_store: u32;
let v19218 = &v19218_store;
let v17922 = *v18945;
*v19218 = v17922;
var<function> v19219_store: u32;
let v19219 = &v19219_store;
let v17924 = *v19216;
*v19219 = v17924;
var<function> v19220_store: u32;
let v19220 = &v19220_store;
let v17926 = *v19217;
*v19220 = v17926;
var<function> v19221_store: u32;
let v19221 = &v19221_store;
let v17928 = *v19218;
*v19221 = v17928;
for(var v17933: u32 = v68; v17933 < v197; v17933 += v56) {
let v17935 = *v19219;
let v17936 = v17935 + v17933;
let v17937 = f32(0.0);
let v17938 = vec2<f32>(v17937);
var<function> v19223_store: vec2<f32>;
let v19223 = &v19223_store;
*v19223 = v17938;
var<function> v19224_store: vec2<f32>;
let v19224 = &v19224_store;
let v17941 = *v19223;
*v19224 = v17941;
let v17943 = v17933 * v197;
let v17946 = u32(v17943);
let v17950 = &(*v18550)[v17946];
let v17951 = *v17950;
let v17952 = *v19224;
let v17953 = vec2<f32>(v17951, v17952[1]);
*v19224 = v17953;
let v17957 = v17943 + v56;
let v17958 = u32(v17957);
let v17962 = &(*v18550)[v17958];
let v17963 = *v17962;
let v17964 = *v19224;
let v17965 = vec2<f32>(v17964[0], v17963);
*v19224 = v17965;
let v17966 = *v19224;
let v17967 = u32(v17936);
let v17971 = &(*v18511)[v17967];
*v17971 = v17966;

}
for(var v17982: u32 = v68; v17982 < v197; v17982 += v56) {
let v17984 = *v18520;
let v17985 = v17984 + v17982;
let v17986 = u32(v17985);
let v17990 = &(*v18511)[v17986];
let v17991 = *v17990;
let v17994 = v17982 * v197;
let v17998 = v473 * v184;
let v18000 = v17994 / v184;
let v18002 = v17994 % v184;
let v18003 = v822 + v18000;
let v18004 = v17998 + v18002;
// is_in_bounds
// is_in_bounds_end
let v18005 = v171 + v18003;
let v18006 = v172 + v18004;
let v18009 = u32(v18005);
let v18010 = v18009 * v27;
let v18011 = *v18500;
let v18012 = v18011 + v18010;
let v18013 = u32(v18006);
let v18014 = v18013 * v28;
let v18015 = v18012 + v18014;
let v18017 = v18015 / v14926;
let v18018 = v18005 < v25;
let v18019 = v18006 < v26;
let v18020 = v18018 && v18019;
if v18020 {
let v18022 = v18017 < v18482;
if v18022 {
let v18026 = &(*v20193)[v18017];
*v18026 = v17991;

}

}

}
var<function> v19226_store: u32;
let v19226 = &v19226_store;
let v18032 = *v18943;
*v19226 = v18032;
var<function> v19227_store: u32;
let v19227 = &v19227_store;
let v18034 = *v18944;
*v19227 = v18034;
var<function> v19228_store: u32;
let v19228 = &v19228_store;
let v18036 = *v18945;
*v19228 = v18036;
var<function> v19229_store: u32;
let v19229 = &v19229_store;
let v18038 = *v19226;
*v19229 = v18038;
var<function> v19230_store: u32;
let v19230 = &v19230_store;
let v18040 = *v19227;
*v19230 = v18040;
var<function> v19231_store: u32;
let v19231 = &v19231_store;
let v18042 = *v19228;
*v19231 = v18042;
for(var v18047: u32 = v68; v18047 < v197; v18047 += v56) {
let v18049 = *v19229;
let v18050 = v18049 + v18047;
let v18051 = f32(0.0);
let v18052 = vec2<f32>(v18051);
var<function> v19233_store: vec2<f32>;
let v19233 = &v19233_store;
*v19233 = v18052;
var<function> v19234_store: vec2<f32>;
let v19234 = &v19234_store;
let v18055 = *v19233;
*v19234 = v18055;
let v18057 = v18047 * v197;
let v18060 = u32(v18057);
let v18064 = &(*v18551)[v18060];
let v18065 = *v18064;
let v18066 = *v19234;
let v18067 = vec2<f32>(v18065, v18066[1]);
*v19234 = v18067;
let v18071 = v18057 + v56;
let v18072 = u32(v18071);
let v18076 = &(*v18551)[v18072];
let v18077 = *v18076;
let v18078 = *v19234;
let v18079 = vec2<f32>(v18078[0], v18077);
*v19234 = v18079;
let v18080 = *v19234;
let v18081 = u32(v18050);
let v18085 = &(*v18511)[v18081];
*v18085 = v18080;

}
for(var v18096: u32 = v68; v18096 < v197; v18096 += v56) {
let v18098 = *v18520;
let v18099 = v18098 + v18096;
let v18100 = u32(v18099);
let v18104 = &(*v18511)[v18100];
let v18105 = *v18104;
let v18108 = v18096 * v197;
let v18112 = v453 * v184;
let v18114 = v18108 / v184;
let v18116 = v18108 % v184;
let v18117 = v850 + v18114;
let v18118 = v18112 + v18116;
// is_in_bounds
// is_in_bounds_end
let v18119 = v171 + v18117;
let v18120 = v172 + v18118;
let v18123 = u32(v18119);
let v18124 = v18123 * v27;
let v18125 = *v18500;
let v18126 = v18125 + v18124;
let v18127 = u32(v18120);
let v18128 = v18127 * v28;
let v18129 = v18126 + v18128;
let v18131 = v18129 / v14926;
let v18132 = v18119 < v25;
let v18133 = v18120 < v26;
let v18134 = v18132 && v18133;
if v18134 {
let v18136 = v18131 < v18482;
if v18136 {
let v18140 = &(*v20193)[v18131];
*v18140 = v18105;

}

}

}
var<function> v19236_store: u32;
let v19236 = &v19236_store;
let v18144 = *v18943;
*v19236 = v18144;
var<function> v19237_store: u32;
let v19237 = &v19237_store;
let v18146 = *v18944;
*v19237 = v18146;
var<function> v19238_store: u32;
let v19238 = &v19238_store;
let v18148 = *v18945;
*v19238 = v18148;
var<function> v19239_store: u32;
let v19239 = &v19239_store;
let v18150 = *v19236;
*v19239 = v18150;
var<function> v19240_store: u32;
let v19240 = &v19240_store;
let v18152 = *v19237;
*v19240 = v18152;
var<function> v19241_store: u32;
let v19241 = &v19241_store;
let v18154 = *v19238;
*v19241 = v18154;
for(var v18159: u32 = v68; v18159 < v197; v18159 += v56) {
let v18161 = *v19239;
let v18162 = v18161 + v18159;
let v18163 = f32(0.0);
let v18164 = vec2<f32>(v18163);
var<function> v19243_store: vec2<f32>;
let v19243 = &v19243_store;
*v19243 = v18164;
var<function> v19244_store: vec2<f32>;
let v19244 = &v19244_store;
let v18167 = *v19243;
*v19244 = v18167;
let v18169 = v18159 * v197;
let v18172 = u32(v18169);
let v18176 = &(*v18552)[v18172];
let v18177 = *v18176;
let v18178 = *v19244;
let v18179 = vec2<f32>(v18177, v18178[1]);
*v19244 = v18179;
let v18183 = v18169 + v56;
let v18184 = u32(v18183);
let v18188 = &(*v18552)[v18184];
let v18189 = *v18188;
let v18190 = *v19244;
let v18191 = vec2<f32>(v18190[0], v18189);
*v19244 = v18191;
let v18192 = *v19244;
let v18193 = u32(v18162);
let v18197 = &(*v18511)[v18193];
*v18197 = v18192;

}
for(var v18208: u32 = v68; v18208 < v197; v18208 += v56) {
let v18210 = *v18520;
let v18211 = v18210 + v18208;
let v18212 = u32(v18211);
let v18216 = &(*v18511)[v18212];
let v18217 = *v18216;
let v18220 = v18208 * v197;
let v18224 = v473 * v184;
let v18226 = v18220 / v184;
let v18228 = v18220 % v184;
let v18229 = v850 + v18226;
let v18230 = v18224 + v18228;
// is_in_bounds
// is_in_bounds_end
let v18231 = v171 + v18229;
let v18232 = v172 + v18230;
let v18235 = u32(v18231);
let v18236 = v18235 * v27;
let v18237 = *v18500;
let v18238 = v18237 + v18236;
let v18239 = u32(v18232);
let v18240 = v18239 * v28;
let v18241 = v18238 + v18240;
let v18243 = v18241 / v14926;
let v18244 = v18231 < v25;
let v18245 = v18232 < v26;
let v18246 = v18244 && v18245;
if v18246 {
let v18248 = v18243 < v18482;
if v18248 {
let v18252 = &(*v20193)[v18243];
*v18252 = v18217;

}

}

}
var<function> v19246_store: u32;
let v19246 = &v19246_store;
let v18258 = *v18943;
*v19246 = v18258;
var<function> v19247_store: u32;
let v19247 = &v19247_store;
let v18260 = *v18944;
*v19247 = v18260;
var<function> v19248_store: u32;
let v19248 = &v19248_store;
let v18262 = *v18945;
*v19248 = v18262;
var<function> v19249_store: u32;
let v19249 = &v19249_store;
let v18264 = *v19246;
*v19249 = v18264;
var<function> v19250_store: u32;
let v19250 = &v19250_store;
let v18266 = *v19247;
*v19250 = v18266;
var<function> v19251_store: u32;
let v19251 = &v19251_store;
let v18268 = *v19248;
*v19251 = v18268;
for(var v18273: u32 = v68; v18273 < v197; v18273 += v56) {
let v18275 = *v19249;
let v18276 = v18275 + v18273;
let v18277 = f32(0.0);
let v18278 = vec2<f32>(v18277);
var<function> v19253_store: vec2<f32>;
let v19253 = &v19253_store;
*v19253 = v18278;
var<function> v19254_store: vec2<f32>;
let v19254 = &v19254_store;
let v18281 = *v19253;
*v19254 = v18281;
let v18283 = v18273 * v197;
let v18286 = u32(v18283);
let v18290 = &(*v18553)[v18286];
let v18291 = *v18290;
let v18292 = *v19254;
let v18293 = vec2<f32>(v18291, v18292[1]);
*v19254 = v18293;
let v18297 = v18283 + v56;
let v18298 = u32(v18297);
let v18302 = &(*v18553)[v18298];
let v18303 = *v18302;
let v18304 = *v19254;
let v18305 = vec2<f32>(v18304[0], v18303);
*v19254 = v18305;
let v18306 = *v19254;
let v18307 = u32(v18276);
let v18311 = &(*v18511)[v18307];
*v18311 = v18306;

}
for(var v18322: u32 = v68; v18322 < v197; v18322 += v56) {
let v18324 = *v18520;
let v18325 = v18324 + v18322;
let v18326 = u32(v18325);
let v18330 = &(*v18511)[v18326];
let v18331 = *v18330;
let v18334 = v18322 * v197;
let v18338 = v453 * v184;
let v18340 = v18334 / v184;
let v18342 = v18334 % v184;
let v18343 = v878 + v18340;
let v18344 = v18338 + v18342;
// is_in_bounds
// is_in_bounds_end
let v18345 = v171 + v18343;
let v18346 = v172 + v18344;
let v18349 = u32(v18345);
let v18350 = v18349 * v27;
let v18351 = *v18500;
let v18352 = v18351 + v18350;
let v18353 = u32(v18346);
let v18354 = v18353 * v28;
let v18355 = v18352 + v18354;
let v18357 = v18355 / v14926;
let v18358 = v18345 < v25;
let v18359 = v18346 < v26;
let v18360 = v18358 && v18359;
if v18360 {
let v18362 = v18357 < v18482;
if v18362 {
let v18366 = &(*v20193)[v18357];
*v18366 = v18331;

}

}

}
var<function> v19256_store: u32;
let v19256 = &v19256_store;
let v18370 = *v18943;
*v19256 = v18370;
var<function> v19257_store: u32;
let v19257 = &v19257_store;
let v18372 = *v18944;
*v19257 = v18372;
var<function> v19258_store: u32;
let v19258 = &v19258_store;
let v18374 = *v18945;
*v19258 = v18374;
var<function> v19259_store: u32;
let v19259 = &v19259_store;
let v18376 = *v19256;
*v19259 = v18376;
var<function> v19260_store: u32;
let v19260 = &v19260_store;
let v18378 = *v19257;
*v19260 = v18378;
var<function> v19261_store: u32;
let v19261 = &v19261_store;
let v18380 = *v19258;
*v19261 = v18380;
for(var v18385: u32 = v68; v18385 < v197; v18385 += v56) {
let v18387 = *v19259;
let v18388 = v18387 + v18385;
let v18389 = f32(0.0);
let v18390 = vec2<f32>(v18389);
var<function> v19263_store: vec2<f32>;
let v19263 = &v19263_store;
*v19263 = v18390;
var<function> v19264_store: vec2<f32>;
let v19264 = &v19264_store;
let v18393 = *v19263;
*v19264 = v18393;
let v18395 = v18385 * v197;
let v18398 = u32(v18395);
let v18402 = &(*v18554)[v18398];
let v18403 = *v18402;
let v18404 = *v19264;
let v18405 = vec2<f32>(v18403, v18404[1]);
*v19264 = v18405;
let v18409 = v18395 + v56;
let v18410 = u32(v18409);
let v18414 = &(*v18554)[v18410];
let v18415 = *v18414;
let v18416 = *v19264;
let v18417 = vec2<f32>(v18416[0], v18415);
*v19264 = v18417;
let v18418 = *v19264;
let v18419 = u32(v18388);
let v18423 = &(*v18511)[v18419];
*v18423 = v18418;

}
for(var v18434: u32 = v68; v18434 < v197; v18434 += v56) {
let v18436 = *v18520;
let v18437 = v18436 + v18434;
let v18438 = u32(v18437);
let v18442 = &(*v18511)[v18438];
let v18443 = *v18442;
let v18446 = v18434 * v197;
let v18450 = v473 * v184;
let v18452 = v18446 / v184;
let v18454 = v18446 % v184;
let v18455 = v878 + v18452;
let v18456 = v18450 + v18454;
// is_in_bounds
// is_in_bounds_end
let v18457 = v171 + v18455;
let v18458 = v172 + v18456;
let v18461 = u32(v18457);
let v18462 = v18461 * v27;
let v18463 = *v18500;
let v18464 = v18463 + v18462;
let v18465 = u32(v18458);
let v18466 = v18465 * v28;
let v18467 = v18464 + v18466;
let v18469 = v18467 / v14926;
let v18470 = v18457 < v25;
let v18471 = v18458 < v26;
let v18472 = v18470 && v18471;
if v18472 {
let v18474 = v18469 < v18482;
if v18474 {
let v18478 = &(*v20193)[v18469];
*v18478 = v18443;

}

}

}
return;

}
