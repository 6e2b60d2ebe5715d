// MatmulEntry<TensorArgs, DynamicScalar<__Lhs>, DynamicSize<__LhsSize>, DynamicScalar<__Rhs>, DynamicSize<__RhsSize>, DynamicScalar<__Acc>, DynamicSize<__AccSize>, SimpleMatmulFamily<UnitPartitioner, (), SyncFullCyclicLoading<ColMajorTilingOrder>, SyncFullCyclicLoading<RowMajorTilingOrder>, SyncFullCyclicLoading<RowMajorTilingOrder>, UnitWriterFamily>, RowMajorGlobalPartitionMatmul> (5 dispatches per step under this name)
var<workgroup> shared_v151: array<vec2<f32>, 16>;
var<workgroup> shared_v165: array<vec2<f32>, 16>;
var<workgroup> shared_v188: array<vec2<f32>, 512>;
@group(0) @binding(2) var<storage, read_write> v29: array<vec2<f32>>;
@group(0) @binding(1) var<storage, read_write> v21: array<vec2<f32>>;
@group(0) @binding(0) var<storage, read_write> v9: array<vec2<f32>>;
struct info_st { scalars_usize: array<u32, 10>, scalars_u32: array<u32, 18>, static_meta: array<u32, 4> }
@group(0) @binding(3) var<storage, read> info_var: info_st;
@compute @workgroup_size(8, 8, 1)
fn matmul_entry_lhs_f32_lhs_size_2_rhs_f32_rhs_size_2_acc_f32_acc_size_2_c97dc781(@builtin(workgroup_id) v900: vec3<u32>, @builtin(local_invocation_id) v902: vec3<u32>) {
let v959 = &v29;
let v960 = &v21;
let v961 = &v9;
let v1 = info_var.scalars_u32[0];
let v2 = info_var.scalars_u32[1];
let v3 = info_var.scalars_u32[2];
let v4 = info_var.scalars_usize[0];
let v5 = info_var.scalars_u32[3];
let v6 = info_var.scalars_u32[4];
let v7 = info_var.scalars_usize[1];
let v8 = info_var.scalars_usize[2];
let v833 = info_var.static_meta[0];
let v11 = u32(0);
let v13 = info_var.scalars_u32[5];
let v14 = info_var.scalars_u32[6];
let v15 = info_var.scalars_u32[7];
let v16 = info_var.scalars_usize[3];
let v17 = info_var.scalars_u32[8];
let v18 = info_var.scalars_u32[9];
let v19 = info_var.scalars_usize[4];
let v20 = info_var.scalars_usize[5];
let v834 = info_var.static_meta[1];
let v25 = info_var.scalars_u32[10];
let v26 = info_var.scalars_u32[11];
let v27 = info_var.scalars_usize[6];
let v28 = info_var.scalars_usize[7];
let v835 = info_var.static_meta[2];
let v33 = info_var.scalars_u32[12];
let v34 = info_var.scalars_u32[13];
let v35 = info_var.scalars_u32[14];
let v36 = info_var.scalars_usize[8];
let v37 = info_var.scalars_u32[15];
let v38 = info_var.scalars_u32[16];
let v901 = v900[0];
let v45 = u32(v901);
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
let v58 = u32(32);
let v59 = v52 * v58;
let v63 = v54 * v58;
let v68 = u32(0);
let v82 = u32(v55);
let v83 = u32(v82);
var<function> v836_store: u32;
let v836 = &v836_store;
*v836 = v83;
var<function> v837_store: u32;
let v837 = &v837_store;
*v837 = v11;
let v88 = *v836;
let v838 = u64(32);
let v839 = u64(v88);
let v840 = u64(v2);
let v841 = v839 * v840;
let v842 = v841 >> u32(v838);
let v843 = u32(bitcast<u64>(v842));
let v91 = v843 + v88;
let v92 = v91 >> u32(v3);
let v93 = v92 * v1;
let v95 = v88 - v93;
*v836 = v92;
let v96 = u32(v95);
let v97 = v96 * v4;
let v98 = *v837;
let v99 = v98 + v97;
*v837 = v99;
var<function> v844_store: u32;
let v844 = &v844_store;
*v844 = v83;
var<function> v845_store: u32;
let v845 = &v845_store;
*v845 = v11;
let v108 = *v844;
let v847 = u64(v108);
let v848 = u64(v14);
let v849 = v847 * v848;
let v850 = v849 >> u32(v838);
let v851 = u32(bitcast<u64>(v850));
let v111 = v851 + v108;
let v112 = v111 >> u32(v15);
let v113 = v112 * v13;
let v115 = v108 - v113;
*v844 = v112;
let v116 = u32(v115);
let v117 = v116 * v16;
let v118 = *v845;
let v119 = v118 + v117;
*v845 = v119;
var<function> v852_store: u32;
let v852 = &v852_store;
*v852 = v83;
var<function> v853_store: u32;
let v853 = &v853_store;
*v853 = v11;
let v129 = *v852;
let v855 = u64(v129);
let v856 = u64(v34);
let v857 = v855 * v856;
let v858 = v857 >> u32(v838);
let v859 = u32(bitcast<u64>(v858));
let v132 = v859 + v129;
let v133 = v132 >> u32(v35);
let v134 = v133 * v33;
let v136 = v129 - v134;
*v852 = v133;
let v137 = u32(v136);
let v138 = v137 * v36;
let v139 = *v853;
let v140 = v139 + v138;
*v853 = v140;
let v143 = min(v59, v5);
let v146 = v5 - v143;
let v149 = min(v58, v146);
let v860 = &shared_v151;
var<function> v861_store: u32;
let v861 = &v861_store;
*v861 = v68;
let v159 = min(v63, v18);
let v161 = v18 - v159;
let v162 = min(v6, v17);
let v164 = min(v58, v161);
let v862 = &shared_v165;
var<function> v863_store: u32;
let v863 = &v863_store;
*v863 = v68;
let v171 = min(v59, v25);
let v172 = min(v63, v26);
let v903 = v902[1];
let v904 = v902[0];
let v181 = u32(8);
let v182 = v181 * v903;
let v183 = v904 + v182;
let v185 = v183 / v181;
let v187 = v183 % v181;
let v864 = &shared_v188;
let v193 = v185 * v181;
let v194 = v193 + v187;
let v195 = u32(16);
let v196 = v195 * v194;
let v197 = u32(2);
let v198 = v196 / v197;
let v215 = v198 + v181;
var<function> v865_store: u32;
let v865 = &v865_store;
*v865 = v56;
var<function> v866_store: u32;
let v866 = &v866_store;
*v866 = v149;
var<function> v867_store: u32;
let v867 = &v867_store;
*v867 = v56;
var<function> v868_store: u32;
let v868 = &v868_store;
*v868 = v68;
var<function> v869_store: u32;
let v869 = &v869_store;
*v869 = v56;
var<function> v870_store: u32;
let v870 = &v870_store;
*v870 = v56;
var<function> v871_store: u32;
let v871 = &v871_store;
*v871 = v164;
var<function> v872_store: u32;
let v872 = &v872_store;
*v872 = v68;
var<function> v873_store: u32;
let v873 = &v873_store;
*v873 = v198;
var<function> v874_store: u32;
let v874 = &v874_store;
*v874 = v215;
var<function> v875_store: u32;
let v875 = &v875_store;
*v875 = v197;
let v244 = v6 + v56;
let v246 = v244 - v56;
var<function> v876_store: array<f32, 16>= array<f32, 16>();
let v876 = &v876_store;
var<function> v877_store: array<f32, 4>= array<f32, 4>();
let v877 = &v877_store;
let v255 = u32(4);
for(var v280: u32 = v68; v280 < v195; v280 += v56) {
let v282 = u32(v280);
let v286 = &(*v876)[v282];
let v287 = f32(0.0);
*v286 = v287;

}
var<function> v879_store: array<f32, 4>= array<f32, 4>();
let v879 = &v879_store;
for(var v324: u32 = v68; v324 < v246; v324 += v56) {
workgroupBarrier();
let v328 = v903 * v181;
let v330 = v328 + v904;
let v332 = v330 * v197;
var<function> v881_store: u32;
let v881 = &v881_store;
*v881 = v332;
let v337 = *v881;
let v340 = v337 < v58;
if v340 {
let v341 = u32(4);
let v342 = v337 / v341;
let v344 = v337 % v341;
let v345 = *v861;
let v349 = min(v345, v6);
let v357 = v342 % v181;
let v359 = v342 / v181;
let v360 = *v868;
let v362 = v360 * v195;
let v363 = u32(v362);
let v376 = v357 * v341;
let v380 = v344 % v341;
let v382 = v344 / v341;
let v383 = v376 + v380;
let v384 = v359 + v382;
let v385 = i32(0);
let v386 = vec2<i32>(v385);
let v387 = vec2<f32>(v386);
// is_in_bounds
// is_in_bounds_end
let v389 = v349 + v384;
// is_in_bounds
// is_in_bounds_end
let v393 = v143 + v383;
let v403 = u32(v393);
let v404 = v403 * v7;
let v405 = *v837;
let v406 = v405 + v404;
let v407 = u32(v389);
let v408 = v407 * v8;
let v409 = v406 + v408;
let v410 = u32(2);
let v411 = v409 / v410;
let v412 = v393 < v5;
let v417 = v411 < v833;
let v421 = u32(v417);
let v422 = v411 * v421;
let v426 = &(*v961)[v422];
let v427 = *v426;
let v428 = vec2<bool>(v417);
let v429 = select(v387, v427, v428);
let v430 = vec2<bool>(v412);
let v431 = select(v387, v429, v430);
let v432 = u32(v337);
let v434 = v432 / v410;
let v437 = v363 + v434;
let v438 = &(*v860)[v437];
*v438 = v431;

}
var<function> v882_store: u32;
let v882 = &v882_store;
*v882 = v332;
let v450 = *v882;
let v453 = v450 < v58;
if v453 {
let v454 = u32(4);
let v455 = v450 / v454;
let v457 = v450 % v454;
let v458 = *v863;
let v460 = min(v458, v162);
let v470 = v455 / v181;
let v472 = v455 % v181;
let v473 = *v872;
let v475 = v473 * v195;
let v476 = u32(v475);
let v491 = v472 * v454;
let v493 = v457 / v454;
let v495 = v457 % v454;
let v496 = v470 + v493;
let v497 = v491 + v495;
let v498 = i32(0);
let v499 = vec2<i32>(v498);
let v500 = vec2<f32>(v499);
// is_in_bounds
// is_in_bounds_end
let v501 = v460 + v496;
// is_in_bounds
// is_in_bounds_end
let v507 = v159 + v497;
let v516 = u32(v501);
let v517 = v516 * v19;
let v518 = *v845;
let v519 = v518 + v517;
let v520 = u32(v507);
let v521 = v520 * v20;
let v522 = v519 + v521;
let v523 = u32(2);
let v524 = v522 / v523;
let v525 = v507 < v18;
let v530 = v524 < v834;
let v534 = u32(v530);
let v535 = v524 * v534;
let v539 = &(*v960)[v535];
let v540 = *v539;
let v541 = vec2<bool>(v530);
let v542 = select(v500, v540, v541);
let v543 = vec2<bool>(v525);
let v544 = select(v500, v542, v543);
let v545 = u32(v450);
let v547 = v545 / v523;
let v550 = v476 + v547;
let v551 = &(*v862)[v550];
*v551 = v544;

}
workgroupBarrier();
let v559 = u32(4);
let v560 = v559 * v185;
let v562 = v560 / v197;
for(var v568: u32 = v68; v568 < v197; v568 += v56) {
let v574 = v562 + v568;
let v575 = u32(v574);
let v579 = &(*v860)[v575];
let v580 = *v579;
let v581 = v580[0];
let v586 = v568 * v197;
let v590 = u32(v586);
let v594 = &(*v877)[v590];
*v594 = v581;
let v595 = v580[1];
let v603 = v586 + v56;
let v604 = u32(v603);
let v608 = &(*v877)[v604];
*v608 = v595;

}
let v615 = v559 * v187;
let v617 = v615 / v197;
for(var v623: u32 = v68; v623 < v197; v623 += v56) {
let v629 = v617 + v623;
let v630 = u32(v629);
let v634 = &(*v862)[v630];
let v635 = *v634;
let v636 = v635[0];
let v641 = v623 * v197;
let v645 = u32(v641);
let v649 = &(*v879)[v645];
*v649 = v636;
let v650 = v635[1];
let v658 = v641 + v56;
let v659 = u32(v658);
let v663 = &(*v879)[v659];
*v663 = v650;

}
let v666 = u32(1);
for(var v667: u32 = v11; v667 < v255; v667 += v666) {
let v676 = &(*v877)[v667];
let v677 = *v676;
for(var v681: u32 = v11; v681 < v255; v681 += v666) {
let v690 = &(*v879)[v681];
let v691 = *v690;
let v694 = v667 * v255;
let v695 = v694 + v681;
let v699 = &(*v876)[v695];
let v700 = *v699;
let v958 = fma(v677, v691, v700);
*v699 = v958;

}

}
let v702 = *v861;
let v704 = *v865;
let v705 = v702 + v704;
*v861 = v705;
let v706 = *v863;
let v708 = *v869;
let v709 = v706 + v708;
*v863 = v709;

}
workgroupBarrier();
var<function> v887_store: u32;
let v887 = &v887_store;
let v713 = *v873;
*v887 = v713;
var<function> v888_store: u32;
let v888 = &v888_store;
let v715 = *v874;
*v888 = v715;
var<function> v889_store: u32;
let v889 = &v889_store;
let v717 = *v875;
*v889 = v717;
var<function> v890_store: u32;
let v890 = &v890_store;
let v723 = *v887;
*v890 = v723;
var<function> v891_store: u32;
let v891 = &v891_store;
let v725 = *v888;
*v891 = v725;
var<function> v892_store: u32;
let v892 = &v892_store;
let v727 = *v889;
*v892 = v727;
var<function> v893_store: u32;
let v893 = &v893_store;
let v729 = *v890;
*v893 = v729;
var<function> v894_store: u32;
let v894 = &v894_store;
let v731 = *v891;
*v894 = v731;
var<function> v895_store: u32;
let v895 = &v895_store;
let v733 = *v892;
*v895 = v733;
for(var v738: u32 = v68; v738 < v181; v738 += v56) {
let v740 = *v893;
let v741 = v740 + v738;
let v742 = f32(0.0);
let v743 = vec2<f32>(v742);
var<function> v897_store: vec2<f32>;
let v897 = &v897_store;
*v897 = v743;
var<function> v898_store: vec2<f32>;
let v898 = &v898_store;
let v746 = *v897;
*v898 = v746;
let v748 = v738 * v197;
let v751 = u32(v748);
let v755 = &(*v876)[v751];
let v756 = *v755;
let v757 = *v898;
let v758 = vec2<f32>(v756, v757[1]);
*v898 = v758;
let v762 = v748 + v56;
let v763 = u32(v762);
let v767 = &(*v876)[v763];
let v768 = *v767;
let v769 = *v898;
let v770 = vec2<f32>(v769[0], v768);
*v898 = v770;
let v771 = *v898;
let v772 = u32(v741);
let v776 = &(*v864)[v772];
*v776 = v771;

}
let v781 = u32(2);
for(var v787: u32 = v68; v787 < v181; v787 += v56) {
let v789 = *v873;
let v790 = v789 + v787;
let v791 = u32(v790);
let v795 = &(*v864)[v791];
let v796 = *v795;
let v799 = v787 * v197;
let v800 = u32(4);
let v801 = v185 * v800;
let v803 = v187 * v800;
let v805 = v799 / v800;
let v807 = v799 % v800;
let v808 = v801 + v805;
let v809 = v803 + v807;
// is_in_bounds
// is_in_bounds_end
let v810 = v171 + v808;
let v811 = v172 + v809;
let v814 = u32(v810);
let v815 = v814 * v27;
let v816 = *v853;
let v817 = v816 + v815;
let v818 = u32(v811);
let v819 = v818 * v28;
let v820 = v817 + v819;
let v822 = v820 / v781;
let v823 = v810 < v25;
let v824 = v811 < v26;
let v825 = v823 && v824;
if v825 {
let v827 = v822 < v835;
if v827 {
let v831 = &(*v959)[v822];
*v831 = v796;

}

}

}
return;

}
