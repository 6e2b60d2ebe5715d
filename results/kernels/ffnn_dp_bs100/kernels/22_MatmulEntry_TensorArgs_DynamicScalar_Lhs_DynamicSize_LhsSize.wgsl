// MatmulEntry<TensorArgs, DynamicScalar<__Lhs>, DynamicSize<__LhsSize>, DynamicScalar<__Rhs>, DynamicSize<__RhsSize>, DynamicScalar<__Acc>, DynamicSize<__AccSize>, SimpleMatmulFamily<UnitPartitioner, (), SyncFullCyclicLoading<ColMajorTilingOrder>, SyncFullCyclicLoading<RowMajorTilingOrder>, SyncFullCyclicLoading<RowMajorTilingOrder>, UnitWriterFamily>, RowMajorGlobalPartitionMatmul> (5 dispatches per step under this name)
var<workgroup> shared_v151: array<vec2<f32>, 256>;
var<workgroup> shared_v165: array<vec2<f32>, 256>;
var<workgroup> shared_v188: array<vec2<f32>, 512>;
@group(0) @binding(2) var<storage, read_write> v29: array<vec2<f32>>;
@group(0) @binding(1) var<storage, read_write> v21: array<vec2<f32>>;
@group(0) @binding(0) var<storage, read_write> v9: array<vec2<f32>>;
struct info_st { scalars_usize: array<u32, 10>, scalars_u32: array<u32, 18>, static_meta: array<u32, 4> }
@group(0) @binding(3) var<storage, read> info_var: info_st;
@compute @workgroup_size(8, 8, 1)
fn matmul_entry_lhs_f32_lhs_size_2_rhs_f32_rhs_size_2_acc_f32_acc_size_2_b9a49c4f(@builtin(workgroup_id) v2636: vec3<u32>, @builtin(local_invocation_id) v2638: vec3<u32>) {
let v2727 = &v29;
let v2728 = &v21;
let v2729 = &v9;
let v1 = info_var.scalars_u32[0];
let v2 = info_var.scalars_u32[1];
let v3 = info_var.scalars_u32[2];
let v4 = info_var.scalars_usize[0];
let v5 = info_var.scalars_u32[3];
let v6 = info_var.scalars_u32[4];
let v7 = info_var.scalars_usize[1];
let v8 = info_var.scalars_usize[2];
let v2496 = info_var.static_meta[0];
let v11 = u32(0);
let v13 = info_var.scalars_u32[5];
let v14 = info_var.scalars_u32[6];
let v15 = info_var.scalars_u32[7];
let v16 = info_var.scalars_usize[3];
let v17 = info_var.scalars_u32[8];
let v18 = info_var.scalars_u32[9];
let v19 = info_var.scalars_usize[4];
let v20 = info_var.scalars_usize[5];
let v2497 = info_var.static_meta[1];
let v25 = info_var.scalars_u32[10];
let v26 = info_var.scalars_u32[11];
let v27 = info_var.scalars_usize[6];
let v28 = info_var.scalars_usize[7];
let v2498 = info_var.static_meta[2];
let v33 = info_var.scalars_u32[12];
let v34 = info_var.scalars_u32[13];
let v35 = info_var.scalars_u32[14];
let v36 = info_var.scalars_usize[8];
let v37 = info_var.scalars_u32[15];
let v38 = info_var.scalars_u32[16];
let v2637 = v2636[0];
let v45 = u32(v2637);
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
let v63 = v54 * v58;
let v68 = u32(0);
let v82 = u32(v55);
let v83 = u32(v82);
var<function> v2499_store: u32;
let v2499 = &v2499_store;
*v2499 = v83;
var<function> v2500_store: u32;
let v2500 = &v2500_store;
*v2500 = v11;
let v88 = *v2499;
let v2501 = u64(32);
let v2502 = u64(v88);
let v2503 = u64(v2);
let v2504 = v2502 * v2503;
let v2505 = v2504 >> u32(v2501);
let v2506 = u32(bitcast<u64>(v2505));
let v91 = v2506 + v88;
let v92 = v91 >> u32(v3);
let v93 = v92 * v1;
let v95 = v88 - v93;
*v2499 = v92;
let v96 = u32(v95);
let v97 = v96 * v4;
let v98 = *v2500;
let v99 = v98 + v97;
*v2500 = v99;
var<function> v2507_store: u32;
let v2507 = &v2507_store;
*v2507 = v83;
var<function> v2508_store: u32;
let v2508 = &v2508_store;
*v2508 = v11;
let v108 = *v2507;
let v2510 = u64(v108);
let v2511 = u64(v14);
let v2512 = v2510 * v2511;
let v2513 = v2512 >> u32(v2501);
let v2514 = u32(bitcast<u64>(v2513));
let v111 = v2514 + v108;
let v112 = v111 >> u32(v15);
let v113 = v112 * v13;
let v115 = v108 - v113;
*v2507 = v112;
let v116 = u32(v115);
let v117 = v116 * v16;
let v118 = *v2508;
let v119 = v118 + v117;
*v2508 = v119;
var<function> v2515_store: u32;
let v2515 = &v2515_store;
*v2515 = v83;
var<function> v2516_store: u32;
let v2516 = &v2516_store;
*v2516 = v11;
let v129 = *v2515;
let v2518 = u64(v129);
let v2519 = u64(v34);
let v2520 = v2518 * v2519;
let v2521 = v2520 >> u32(v2501);
let v2522 = u32(bitcast<u64>(v2521));
let v132 = v2522 + v129;
let v133 = v132 >> u32(v35);
let v134 = v133 * v33;
let v136 = v129 - v134;
*v2515 = v133;
let v137 = u32(v136);
let v138 = v137 * v36;
let v139 = *v2516;
let v140 = v139 + v138;
*v2516 = v140;
let v143 = min(v59, v5);
let v146 = v5 - v143;
let v149 = min(v58, v146);
let v2523 = &shared_v151;
var<function> v2524_store: u32;
let v2524 = &v2524_store;
*v2524 = v68;
let v159 = min(v63, v18);
let v161 = v18 - v159;
let v162 = min(v6, v17);
let v164 = min(v58, v161);
let v2525 = &shared_v165;
var<function> v2526_store: u32;
let v2526 = &v2526_store;
*v2526 = v68;
let v171 = min(v59, v25);
let v172 = min(v63, v26);
let v2639 = v2638[1];
let v2640 = v2638[0];
let v181 = u32(8);
let v182 = v181 * v2639;
let v183 = v2640 + v182;
let v185 = v183 / v181;
let v187 = v183 % v181;
let v2527 = &shared_v188;
let v193 = v185 * v181;
let v194 = v193 + v187;
let v195 = u32(16);
let v196 = v195 * v194;
let v197 = u32(2);
let v198 = v196 / v197;
let v215 = v198 + v181;
var<function> v2528_store: u32;
let v2528 = &v2528_store;
*v2528 = v181;
var<function> v2529_store: u32;
let v2529 = &v2529_store;
*v2529 = v149;
var<function> v2530_store: u32;
let v2530 = &v2530_store;
*v2530 = v181;
var<function> v2531_store: u32;
let v2531 = &v2531_store;
*v2531 = v68;
var<function> v2532_store: u32;
let v2532 = &v2532_store;
*v2532 = v181;
var<function> v2533_store: u32;
let v2533 = &v2533_store;
*v2533 = v181;
var<function> v2534_store: u32;
let v2534 = &v2534_store;
*v2534 = v164;
var<function> v2535_store: u32;
let v2535 = &v2535_store;
*v2535 = v68;
var<function> v2536_store: u32;
let v2536 = &v2536_store;
*v2536 = v198;
var<function> v2537_store: u32;
let v2537 = &v2537_store;
*v2537 = v215;
var<function> v2538_store: u32;
let v2538 = &v2538_store;
*v2538 = v197;
let v244 = v6 + v181;
let v246 = v244 - v56;
let v248 = v246 / v181;
var<function> v2539_store: array<f32, 16>= array<f32, 16>();
let v2539 = &v2539_store;
var<function> v2540_store: array<f32, 16>= array<f32, 16>();
let v2540 = &v2540_store;
var<function> v2541_store: array<f32, 16>= array<f32, 16>();
let v2541 = &v2541_store;
var<function> v2542_store: array<f32, 16>= array<f32, 16>();
let v2542 = &v2542_store;
var<function> v2543_store: array<f32, 16>= array<f32, 16>();
let v2543 = &v2543_store;
var<function> v2544_store: array<f32, 16>= array<f32, 16>();
let v2544 = &v2544_store;
let v283 = v185 * v197;
let v285 = v187 * v197;
for(var v296: u32 = v68; v296 < v195; v296 += v56) {
let v298 = u32(v296);
let v302 = &(*v2539)[v298];
let v303 = f32(0.0);
*v302 = v303;

}
let v305 = v56 + v285;
for(var v309: u32 = v68; v309 < v195; v309 += v56) {
let v311 = u32(v309);
let v315 = &(*v2540)[v311];
let v316 = f32(0.0);
*v315 = v316;

}
let v318 = v56 + v283;
for(var v324: u32 = v68; v324 < v195; v324 += v56) {
let v326 = u32(v324);
let v330 = &(*v2541)[v326];
let v331 = f32(0.0);
*v330 = v331;

}
for(var v337: u32 = v68; v337 < v195; v337 += v56) {
let v339 = u32(v337);
let v343 = &(*v2542)[v339];
let v344 = f32(0.0);
*v343 = v344;

}
let v346 = u32(256);
var<function> v2549_store: array<f32, 16>= array<f32, 16>();
let v2549 = &v2549_store;
for(var v381: u32 = v68; v381 < v248; v381 += v56) {
workgroupBarrier();
let v385 = v2639 * v181;
let v387 = v385 + v2640;
let v389 = v387 * v197;
var<function> v2551_store: u32;
let v2551 = &v2551_store;
*v2551 = v389;
let v392 = u32(128);
let v394 = *v2551;
let v397 = v394 / v195;
let v399 = v394 % v195;
let v400 = *v2524;
let v404 = min(v400, v6);
let v412 = v397 % v195;
let v414 = v397 / v195;
let v415 = *v2531;
let v417 = v415 * v346;
let v418 = u32(v417);
let v430 = u32(4);
let v431 = v412 * v430;
let v433 = v414 * v430;
let v435 = v399 / v430;
let v437 = v399 % v430;
let v438 = v431 + v435;
let v439 = v433 + v437;
let v440 = i32(0);
let v441 = vec2<i32>(v440);
let v442 = vec2<f32>(v441);
// is_in_bounds
// is_in_bounds_end
let v444 = v404 + v439;
// is_in_bounds
// is_in_bounds_end
let v448 = v143 + v438;
let v458 = u32(v448);
let v459 = v458 * v7;
let v460 = *v2500;
let v461 = v460 + v459;
let v462 = u32(v444);
let v463 = v462 * v8;
let v464 = v461 + v463;
let v465 = u32(2);
let v466 = v464 / v465;
let v467 = v448 < v5;
let v468 = v444 < v6;
let v469 = v467 && v468;
let v474 = v466 < v2496;
let v478 = u32(v474);
let v479 = v466 * v478;
let v483 = &(*v2729)[v479];
let v484 = *v483;
let v485 = vec2<bool>(v474);
let v486 = select(v442, v484, v485);
let v487 = vec2<bool>(v469);
let v488 = select(v442, v486, v487);
let v489 = u32(v394);
let v491 = v489 / v465;
let v494 = v418 + v491;
let v495 = &(*v2523)[v494];
*v495 = v488;
let v500 = v394 + v392;
let v502 = v500 / v195;
let v504 = v500 % v195;
let v517 = v502 % v195;
let v519 = v502 / v195;
let v536 = v517 * v430;
let v538 = v519 * v430;
let v540 = v504 / v430;
let v542 = v504 % v430;
let v543 = v536 + v540;
let v544 = v538 + v542;
// is_in_bounds
// is_in_bounds_end
let v549 = v404 + v544;
// is_in_bounds
// is_in_bounds_end
let v553 = v143 + v543;
let v563 = u32(v553);
let v564 = v563 * v7;
let v566 = v460 + v564;
let v567 = u32(v549);
let v568 = v567 * v8;
let v569 = v566 + v568;
let v571 = v569 / v465;
let v572 = v553 < v5;
let v573 = v549 < v6;
let v574 = v572 && v573;
let v579 = v571 < v2496;
let v583 = u32(v579);
let v584 = v571 * v583;
let v588 = &(*v2729)[v584];
let v589 = *v588;
let v590 = vec2<bool>(v579);
let v591 = select(v442, v589, v590);
let v592 = vec2<bool>(v574);
let v593 = select(v442, v591, v592);
let v594 = u32(v500);
let v596 = v594 / v465;
let v599 = v418 + v596;
let v600 = &(*v2523)[v599];
*v600 = v593;
let v605 = v394 + v346;
let v607 = v605 / v195;
let v609 = v605 % v195;
let v622 = v607 % v195;
let v624 = v607 / v195;
let v641 = v622 * v430;
let v643 = v624 * v430;
let v645 = v609 / v430;
let v647 = v609 % v430;
let v648 = v641 + v645;
let v649 = v643 + v647;
// is_in_bounds
// is_in_bounds_end
let v654 = v404 + v649;
// is_in_bounds
// is_in_bounds_end
let v658 = v143 + v648;
let v668 = u32(v658);
let v669 = v668 * v7;
let v671 = v460 + v669;
let v672 = u32(v654);
let v673 = v672 * v8;
let v674 = v671 + v673;
let v676 = v674 / v465;
let v677 = v658 < v5;
let v678 = v654 < v6;
let v679 = v677 && v678;
let v684 = v676 < v2496;
let v688 = u32(v684);
let v689 = v676 * v688;
let v693 = &(*v2729)[v689];
let v694 = *v693;
let v695 = vec2<bool>(v684);
let v696 = select(v442, v694, v695);
let v697 = vec2<bool>(v679);
let v698 = select(v442, v696, v697);
let v699 = u32(v605);
let v701 = v699 / v465;
let v704 = v418 + v701;
let v705 = &(*v2523)[v704];
*v705 = v698;
let v2705 = u32(384);
let v710 = v394 + v2705;
let v712 = v710 / v195;
let v714 = v710 % v195;
let v727 = v712 % v195;
let v729 = v712 / v195;
let v746 = v727 * v430;
let v748 = v729 * v430;
let v750 = v714 / v430;
let v752 = v714 % v430;
let v753 = v746 + v750;
let v754 = v748 + v752;
// is_in_bounds
// is_in_bounds_end
let v759 = v404 + v754;
// is_in_bounds
// is_in_bounds_end
let v763 = v143 + v753;
let v773 = u32(v763);
let v774 = v773 * v7;
let v776 = v460 + v774;
let v777 = u32(v759);
let v778 = v777 * v8;
let v779 = v776 + v778;
let v781 = v779 / v465;
let v782 = v763 < v5;
let v783 = v759 < v6;
let v784 = v782 && v783;
let v789 = v781 < v2496;
let v793 = u32(v789);
let v794 = v781 * v793;
let v798 = &(*v2729)[v794];
let v799 = *v798;
let v800 = vec2<bool>(v789);
let v801 = select(v442, v799, v800);
let v802 = vec2<bool>(v784);
let v803 = select(v442, v801, v802);
let v804 = u32(v710);
let v806 = v804 / v465;
let v809 = v418 + v806;
let v810 = &(*v2523)[v809];
*v810 = v803;
var<function> v2552_store: u32;
let v2552 = &v2552_store;
*v2552 = v389;
let v822 = *v2552;
let v825 = v822 / v195;
let v827 = v822 % v195;
let v828 = *v2526;
let v830 = min(v828, v162);
let v840 = v825 / v195;
let v842 = v825 % v195;
let v843 = *v2535;
let v845 = v843 * v346;
let v846 = u32(v845);
let v859 = v840 * v430;
let v861 = v842 * v430;
let v863 = v827 % v430;
let v865 = v827 / v430;
let v866 = v859 + v863;
let v867 = v861 + v865;
// is_in_bounds
// is_in_bounds_end
let v871 = v830 + v866;
// is_in_bounds
// is_in_bounds_end
let v877 = v159 + v867;
let v886 = u32(v871);
let v887 = v886 * v19;
let v888 = *v2508;
let v889 = v888 + v887;
let v890 = u32(v877);
let v891 = v890 * v20;
let v892 = v889 + v891;
let v894 = v892 / v465;
let v895 = v871 < v17;
let v896 = v877 < v18;
let v897 = v895 && v896;
let v902 = v894 < v2497;
let v906 = u32(v902);
let v907 = v894 * v906;
let v911 = &(*v2728)[v907];
let v912 = *v911;
let v913 = vec2<bool>(v902);
let v914 = select(v442, v912, v913);
let v915 = vec2<bool>(v897);
let v916 = select(v442, v914, v915);
let v917 = u32(v822);
let v919 = v917 / v465;
let v922 = v846 + v919;
let v923 = &(*v2525)[v922];
*v923 = v916;
let v928 = v822 + v392;
let v930 = v928 / v195;
let v932 = v928 % v195;
let v945 = v930 / v195;
let v947 = v930 % v195;
let v964 = v945 * v430;
let v966 = v947 * v430;
let v968 = v932 % v430;
let v970 = v932 / v430;
let v971 = v964 + v968;
let v972 = v966 + v970;
// is_in_bounds
// is_in_bounds_end
let v976 = v830 + v971;
// is_in_bounds
// is_in_bounds_end
let v982 = v159 + v972;
let v991 = u32(v976);
let v992 = v991 * v19;
let v994 = v888 + v992;
let v995 = u32(v982);
let v996 = v995 * v20;
let v997 = v994 + v996;
let v999 = v997 / v465;
let v1000 = v976 < v17;
let v1001 = v982 < v18;
let v1002 = v1000 && v1001;
let v1007 = v999 < v2497;
let v1011 = u32(v1007);
let v1012 = v999 * v1011;
let v1016 = &(*v2728)[v1012];
let v1017 = *v1016;
let v1018 = vec2<bool>(v1007);
let v1019 = select(v442, v1017, v1018);
let v1020 = vec2<bool>(v1002);
let v1021 = select(v442, v1019, v1020);
let v1022 = u32(v928);
let v1024 = v1022 / v465;
let v1027 = v846 + v1024;
let v1028 = &(*v2525)[v1027];
*v1028 = v1021;
let v1033 = v822 + v346;
let v1035 = v1033 / v195;
let v1037 = v1033 % v195;
let v1050 = v1035 / v195;
let v1052 = v1035 % v195;
let v1069 = v1050 * v430;
let v1071 = v1052 * v430;
let v1073 = v1037 % v430;
let v1075 = v1037 / v430;
let v1076 = v1069 + v1073;
let v1077 = v1071 + v1075;
// is_in_bounds
// is_in_bounds_end
let v1081 = v830 + v1076;
// is_in_bounds
// is_in_bounds_end
let v1087 = v159 + v1077;
let v1096 = u32(v1081);
let v1097 = v1096 * v19;
let v1099 = v888 + v1097;
let v1100 = u32(v1087);
let v1101 = v1100 * v20;
let v1102 = v1099 + v1101;
let v1104 = v1102 / v465;
let v1105 = v1081 < v17;
let v1106 = v1087 < v18;
let v1107 = v1105 && v1106;
let v1112 = v1104 < v2497;
let v1116 = u32(v1112);
let v1117 = v1104 * v1116;
let v1121 = &(*v2728)[v1117];
let v1122 = *v1121;
let v1123 = vec2<bool>(v1112);
let v1124 = select(v442, v1122, v1123);
let v1125 = vec2<bool>(v1107);
let v1126 = select(v442, v1124, v1125);
let v1127 = u32(v1033);
let v1129 = v1127 / v465;
let v1132 = v846 + v1129;
let v1133 = &(*v2525)[v1132];
*v1133 = v1126;
let v1138 = v822 + v2705;
let v1140 = v1138 / v195;
let v1142 = v1138 % v195;
let v1155 = v1140 / v195;
let v1157 = v1140 % v195;
let v1174 = v1155 * v430;
let v1176 = v1157 * v430;
let v1178 = v1142 % v430;
let v1180 = v1142 / v430;
let v1181 = v1174 + v1178;
let v1182 = v1176 + v1180;
// is_in_bounds
// is_in_bounds_end
let v1186 = v830 + v1181;
// is_in_bounds
// is_in_bounds_end
let v1192 = v159 + v1182;
let v1201 = u32(v1186);
let v1202 = v1201 * v19;
let v1204 = v888 + v1202;
let v1205 = u32(v1192);
let v1206 = v1205 * v20;
let v1207 = v1204 + v1206;
let v1209 = v1207 / v465;
let v1210 = v1186 < v17;
let v1211 = v1192 < v18;
let v1212 = v1210 && v1211;
let v1217 = v1209 < v2497;
let v1221 = u32(v1217);
let v1222 = v1209 * v1221;
let v1226 = &(*v2728)[v1222];
let v1227 = *v1226;
let v1228 = vec2<bool>(v1217);
let v1229 = select(v442, v1227, v1228);
let v1230 = vec2<bool>(v1212);
let v1231 = select(v442, v1229, v1230);
let v1232 = u32(v1138);
let v1234 = v1232 / v465;
let v1237 = v846 + v1234;
let v1238 = &(*v2525)[v1237];
*v1238 = v1231;
workgroupBarrier();
let v1247 = v195 * v283;
let v1249 = v1247 / v197;
for(var v1255: u32 = v68; v1255 < v430; v1255 += v56) {
for(var v1260: u32 = v68; v1260 < v197; v1260 += v56) {
let v1263 = v1255 * v197;
let v1264 = v1263 + v1260;
let v1265 = v1249 + v1264;
let v1266 = u32(v1265);
let v1270 = &(*v2523)[v1266];
let v1271 = *v1270;
let v1272 = v1271[0];
let v1274 = v1255 * v430;
let v1276 = v1260 * v197;
let v1277 = v1274 + v1276;
let v1280 = u32(v1277);
let v1284 = &(*v2543)[v1280];
*v1284 = v1272;
let v1285 = v1271[1];
let v1292 = v1277 + v56;
let v1293 = u32(v1292);
let v1297 = &(*v2543)[v1293];
*v1297 = v1285;

}

}
let v1304 = v195 * v318;
let v1306 = v1304 / v197;
for(var v1312: u32 = v68; v1312 < v430; v1312 += v56) {
for(var v1317: u32 = v68; v1317 < v197; v1317 += v56) {
let v1320 = v1312 * v197;
let v1321 = v1320 + v1317;
let v1322 = v1306 + v1321;
let v1323 = u32(v1322);
let v1327 = &(*v2523)[v1323];
let v1328 = *v1327;
let v1329 = v1328[0];
let v1331 = v1312 * v430;
let v1333 = v1317 * v197;
let v1334 = v1331 + v1333;
let v1337 = u32(v1334);
let v1341 = &(*v2544)[v1337];
*v1341 = v1329;
let v1342 = v1328[1];
let v1349 = v1334 + v56;
let v1350 = u32(v1349);
let v1354 = &(*v2544)[v1350];
*v1354 = v1342;

}

}
let v1361 = v195 * v285;
let v1363 = v1361 / v197;
for(var v1369: u32 = v68; v1369 < v430; v1369 += v56) {
for(var v1374: u32 = v68; v1374 < v197; v1374 += v56) {
let v1377 = v1369 * v197;
let v1378 = v1377 + v1374;
let v1379 = v1363 + v1378;
let v1380 = u32(v1379);
let v1384 = &(*v2525)[v1380];
let v1385 = *v1384;
let v1386 = v1385[0];
let v1388 = v1369 * v430;
let v1390 = v1374 * v197;
let v1391 = v1388 + v1390;
let v1394 = u32(v1391);
let v1398 = &(*v2549)[v1394];
*v1398 = v1386;
let v1399 = v1385[1];
let v1406 = v1391 + v56;
let v1407 = u32(v1406);
let v1411 = &(*v2549)[v1407];
*v1411 = v1399;

}

}
let v1413 = u32(4);
let v1414 = u32(1);
for(var v1415: u32 = v11; v1415 < v1413; v1415 += v1414) {
for(var v1420: u32 = v11; v1420 < v1413; v1420 += v1414) {
for(var v1425: u32 = v11; v1425 < v1413; v1425 += v1414) {
let v1428 = v1415 * v1413;
let v1429 = v1428 + v1425;
let v1433 = &(*v2543)[v1429];
let v1434 = *v1433;
let v1436 = v1420 * v1413;
let v1437 = v1436 + v1425;
let v1441 = &(*v2549)[v1437];
let v1442 = *v1441;
let v1446 = v1428 + v1420;
let v1450 = &(*v2539)[v1446];
let v1451 = *v1450;
let v2719 = fma(v1434, v1442, v1451);
*v1450 = v2719;

}

}

}
for(var v1456: u32 = v11; v1456 < v1413; v1456 += v1414) {
for(var v1461: u32 = v11; v1461 < v1413; v1461 += v1414) {
for(var v1466: u32 = v11; v1466 < v1413; v1466 += v1414) {
let v1469 = v1456 * v1413;
let v1470 = v1469 + v1466;
let v1474 = &(*v2544)[v1470];
let v1475 = *v1474;
let v1477 = v1461 * v1413;
let v1478 = v1477 + v1466;
let v1482 = &(*v2549)[v1478];
let v1483 = *v1482;
let v1487 = v1469 + v1461;
let v1491 = &(*v2541)[v1487];
let v1492 = *v1491;
let v2720 = fma(v1475, v1483, v1492);
*v1491 = v2720;

}

}

}
let v1500 = v195 * v305;
let v1502 = v1500 / v197;
for(var v1508: u32 = v68; v1508 < v430; v1508 += v56) {
for(var v1513: u32 = v68; v1513 < v197; v1513 += v56) {
let v1516 = v1508 * v197;
let v1517 = v1516 + v1513;
let v1518 = v1502 + v1517;
let v1519 = u32(v1518);
let v1523 = &(*v2525)[v1519];
let v1524 = *v1523;
let v1525 = v1524[0];
let v1527 = v1508 * v430;
let v1529 = v1513 * v197;
let v1530 = v1527 + v1529;
let v1533 = u32(v1530);
let v1537 = &(*v2549)[v1533];
*v1537 = v1525;
let v1538 = v1524[1];
let v1545 = v1530 + v56;
let v1546 = u32(v1545);
let v1550 = &(*v2549)[v1546];
*v1550 = v1538;

}

}
for(var v1554: u32 = v11; v1554 < v1413; v1554 += v1414) {
for(var v1559: u32 = v11; v1559 < v1413; v1559 += v1414) {
for(var v1564: u32 = v11; v1564 < v1413; v1564 += v1414) {
let v1567 = v1554 * v1413;
let v1568 = v1567 + v1564;
let v1572 = &(*v2543)[v1568];
let v1573 = *v1572;
let v1575 = v1559 * v1413;
let v1576 = v1575 + v1564;
let v1580 = &(*v2549)[v1576];
let v1581 = *v1580;
let v1585 = v1567 + v1559;
let v1589 = &(*v2540)[v1585];
let v1590 = *v1589;
let v2721 = fma(v1573, v1581, v1590);
*v1589 = v2721;

}

}

}
for(var v1595: u32 = v11; v1595 < v1413; v1595 += v1414) {
for(var v1600: u32 = v11; v1600 < v1413; v1600 += v1414) {
for(var v1605: u32 = v11; v1605 < v1413; v1605 += v1414) {
let v1608 = v1595 * v1413;
let v1609 = v1608 + v1605;
let v1613 = &(*v2544)[v1609];
let v1614 = *v1613;
let v1616 = v1600 * v1413;
let v1617 = v1616 + v1605;
let v1621 = &(*v2549)[v1617];
let v1622 = *v1621;
let v1626 = v1608 + v1600;
let v1630 = &(*v2542)[v1626];
let v1631 = *v1630;
let v2722 = fma(v1614, v1622, v1631);
*v1630 = v2722;

}

}

}
let v1639 = v195 + v283;
let v1641 = v195 * v1639;
let v1643 = v1641 / v197;
for(var v1649: u32 = v68; v1649 < v430; v1649 += v56) {
for(var v1654: u32 = v68; v1654 < v197; v1654 += v56) {
let v1657 = v1649 * v197;
let v1658 = v1657 + v1654;
let v1659 = v1643 + v1658;
let v1660 = u32(v1659);
let v1664 = &(*v2523)[v1660];
let v1665 = *v1664;
let v1666 = v1665[0];
let v1668 = v1649 * v430;
let v1670 = v1654 * v197;
let v1671 = v1668 + v1670;
let v1674 = u32(v1671);
let v1678 = &(*v2543)[v1674];
*v1678 = v1666;
let v1679 = v1665[1];
let v1686 = v1671 + v56;
let v1687 = u32(v1686);
let v1691 = &(*v2543)[v1687];
*v1691 = v1679;

}

}
let v1696 = v195 + v318;
let v1698 = v195 * v1696;
let v1700 = v1698 / v197;
for(var v1706: u32 = v68; v1706 < v430; v1706 += v56) {
for(var v1711: u32 = v68; v1711 < v197; v1711 += v56) {
let v1714 = v1706 * v197;
let v1715 = v1714 + v1711;
let v1716 = v1700 + v1715;
let v1717 = u32(v1716);
let v1721 = &(*v2523)[v1717];
let v1722 = *v1721;
let v1723 = v1722[0];
let v1725 = v1706 * v430;
let v1727 = v1711 * v197;
let v1728 = v1725 + v1727;
let v1731 = u32(v1728);
let v1735 = &(*v2544)[v1731];
*v1735 = v1723;
let v1736 = v1722[1];
let v1743 = v1728 + v56;
let v1744 = u32(v1743);
let v1748 = &(*v2544)[v1744];
*v1748 = v1736;

}

}
let v1753 = v195 + v285;
let v1755 = v195 * v1753;
let v1757 = v1755 / v197;
for(var v1763: u32 = v68; v1763 < v430; v1763 += v56) {
for(var v1768: u32 = v68; v1768 < v197; v1768 += v56) {
let v1771 = v1763 * v197;
let v1772 = v1771 + v1768;
let v1773 = v1757 + v1772;
let v1774 = u32(v1773);
let v1778 = &(*v2525)[v1774];
let v1779 = *v1778;
let v1780 = v1779[0];
let v1782 = v1763 * v430;
let v1784 = v1768 * v197;
let v1785 = v1782 + v1784;
let v1788 = u32(v1785);
let v1792 = &(*v2549)[v1788];
*v1792 = v1780;
let v1793 = v1779[1];
let v1800 = v1785 + v56;
let v1801 = u32(v1800);
let v1805 = &(*v2549)[v1801];
*v1805 = v1793;

}

}
for(var v1809: u32 = v11; v1809 < v1413; v1809 += v1414) {
for(var v1814: u32 = v11; v1814 < v1413; v1814 += v1414) {
for(var v1819: u32 = v11; v1819 < v1413; v1819 += v1414) {
let v1822 = v1809 * v1413;
let v1823 = v1822 + v1819;
let v1827 = &(*v2543)[v1823];
let v1828 = *v1827;
let v1830 = v1814 * v1413;
let v1831 = v1830 + v1819;
let v1835 = &(*v2549)[v1831];
let v1836 = *v1835;
let v1840 = v1822 + v1814;
let v1844 = &(*v2539)[v1840];
let v1845 = *v1844;
let v2723 = fma(v1828, v1836, v1845);
*v1844 = v2723;

}

}

}
for(var v1850: u32 = v11; v1850 < v1413; v1850 += v1414) {
for(var v1855: u32 = v11; v1855 < v1413; v1855 += v1414) {
for(var v1860: u32 = v11; v1860 < v1413; v1860 += v1414) {
let v1863 = v1850 * v1413;
let v1864 = v1863 + v1860;
let v1868 = &(*v2544)[v1864];
let v1869 = *v1868;
let v1871 = v1855 * v1413;
let v1872 = v1871 + v1860;
let v1876 = &(*v2549)[v1872];
let v1877 = *v1876;
let v1881 = v1863 + v1855;
let v1885 = &(*v2541)[v1881];
let v1886 = *v1885;
let v2724 = fma(v1869, v1877, v1886);
*v1885 = v2724;

}

}

}
let v1892 = v195 + v305;
let v1894 = v195 * v1892;
let v1896 = v1894 / v197;
for(var v1902: u32 = v68; v1902 < v430; v1902 += v56) {
for(var v1907: u32 = v68; v1907 < v197; v1907 += v56) {
let v1910 = v1902 * v197;
let v1911 = v1910 + v1907;
let v1912 = v1896 + v1911;
let v1913 = u32(v1912);
let v1917 = &(*v2525)[v1913];
let v1918 = *v1917;
let v1919 = v1918[0];
let v1921 = v1902 * v430;
let v1923 = v1907 * v197;
let v1924 = v1921 + v1923;
let v1927 = u32(v1924);
let v1931 = &(*v2549)[v1927];
*v1931 = v1919;
let v1932 = v1918[1];
let v1939 = v1924 + v56;
let v1940 = u32(v1939);
let v1944 = &(*v2549)[v1940];
*v1944 = v1932;

}

}
for(var v1948: u32 = v11; v1948 < v1413; v1948 += v1414) {
for(var v1953: u32 = v11; v1953 < v1413; v1953 += v1414) {
for(var v1958: u32 = v11; v1958 < v1413; v1958 += v1414) {
let v1961 = v1948 * v1413;
let v1962 = v1961 + v1958;
let v1966 = &(*v2543)[v1962];
let v1967 = *v1966;
let v1969 = v1953 * v1413;
let v1970 = v1969 + v1958;
let v1974 = &(*v2549)[v1970];
let v1975 = *v1974;
let v1979 = v1961 + v1953;
let v1983 = &(*v2540)[v1979];
let v1984 = *v1983;
let v2725 = fma(v1967, v1975, v1984);
*v1983 = v2725;

}

}

}
for(var v1989: u32 = v11; v1989 < v1413; v1989 += v1414) {
for(var v1994: u32 = v11; v1994 < v1413; v1994 += v1414) {
for(var v1999: u32 = v11; v1999 < v1413; v1999 += v1414) {
let v2002 = v1989 * v1413;
let v2003 = v2002 + v1999;
let v2007 = &(*v2544)[v2003];
let v2008 = *v2007;
let v2010 = v1994 * v1413;
let v2011 = v2010 + v1999;
let v2015 = &(*v2549)[v2011];
let v2016 = *v2015;
let v2020 = v2002 + v1994;
let v2024 = &(*v2542)[v2020];
let v2025 = *v2024;
let v2726 = fma(v2008, v2016, v2025);
*v2024 = v2726;

}

}

}
let v2027 = *v2524;
let v2029 = *v2528;
let v2030 = v2027 + v2029;
*v2524 = v2030;
let v2031 = *v2526;
let v2033 = *v2532;
let v2034 = v2031 + v2033;
*v2526 = v2034;

}
workgroupBarrier();
var<function> v2593_store: u32;
let v2593 = &v2593_store;
let v2038 = *v2536;
*v2593 = v2038;
var<function> v2594_store: u32;
let v2594 = &v2594_store;
let v2040 = *v2537;
*v2594 = v2040;
var<function> v2595_store: u32;
let v2595 = &v2595_store;
let v2042 = *v2538;
*v2595 = v2042;
var<function> v2596_store: u32;
let v2596 = &v2596_store;
let v2048 = *v2593;
*v2596 = v2048;
var<function> v2597_store: u32;
let v2597 = &v2597_store;
let v2050 = *v2594;
*v2597 = v2050;
var<function> v2598_store: u32;
let v2598 = &v2598_store;
let v2052 = *v2595;
*v2598 = v2052;
var<function> v2599_store: u32;
let v2599 = &v2599_store;
let v2054 = *v2596;
*v2599 = v2054;
var<function> v2600_store: u32;
let v2600 = &v2600_store;
let v2056 = *v2597;
*v2600 = v2056;
var<function> v2601_store: u32;
let v2601 = &v2601_store;
let v2058 = *v2598;
*v2601 = v2058;
for(var v2063: u32 = v68; v2063 < v181; v2063 += v56) {
let v2065 = *v2599;
let v2066 = v2065 + v2063;
let v2067 = f32(0.0);
let v2068 = vec2<f32>(v2067);
var<function> v2603_store: vec2<f32>;
let v2603 = &v2603_store;
*v2603 = v2068;
var<function> v2604_store: vec2<f32>;
let v2604 = &v2604_store;
let v2071 = *v2603;
*v2604 = v2071;
let v2073 = v2063 * v197;
let v2076 = u32(v2073);
let v2080 = &(*v2539)[v2076];
let v2081 = *v2080;
let v2082 = *v2604;
let v2083 = vec2<f32>(v2081, v2082[1]);
*v2604 = v2083;
let v2087 = v2073 + v56;
let v2088 = u32(v2087);
let v2092 = &(*v2539)[v2088];
let v2093 = *v2092;
let v2094 = *v2604;
let v2095 = vec2<f32>(v2094[0], v2093);
*v2604 = v2095;
let v2096 = *v2604;
let v2097 = u32(v2066);
let v2101 = &(*v2527)[v2097];
*v2101 = v2096;

}
let v2106 = u32(2);
for(var v2112: u32 = v68; v2112 < v181; v2112 += v56) {
let v2114 = *v2536;
let v2115 = v2114 + v2112;
let v2116 = u32(v2115);
let v2120 = &(*v2527)[v2116];
let v2121 = *v2120;
let v2124 = v2112 * v197;
let v2125 = u32(4);
let v2126 = v283 * v2125;
let v2128 = v285 * v2125;
let v2130 = v2124 / v2125;
let v2132 = v2124 % v2125;
let v2133 = v2126 + v2130;
let v2134 = v2128 + v2132;
// is_in_bounds
// is_in_bounds_end
let v2135 = v171 + v2133;
let v2136 = v172 + v2134;
let v2139 = u32(v2135);
let v2140 = v2139 * v27;
let v2141 = *v2516;
let v2142 = v2141 + v2140;
let v2143 = u32(v2136);
let v2144 = v2143 * v28;
let v2145 = v2142 + v2144;
let v2147 = v2145 / v2106;
let v2148 = v2135 < v25;
let v2149 = v2136 < v26;
let v2150 = v2148 && v2149;
if v2150 {
let v2152 = v2147 < v2498;
if v2152 {
let v2156 = &(*v2727)[v2147];
*v2156 = v2121;

}

}

}
var<function> v2606_store: u32;
let v2606 = &v2606_store;
let v2160 = *v2593;
*v2606 = v2160;
var<function> v2607_store: u32;
let v2607 = &v2607_store;
let v2162 = *v2594;
*v2607 = v2162;
var<function> v2608_store: u32;
let v2608 = &v2608_store;
let v2164 = *v2595;
*v2608 = v2164;
var<function> v2609_store: u32;
let v2609 = &v2609_store;
let v2166 = *v2606;
*v2609 = v2166;
var<function> v2610_store: u32;
let v2610 = &v2610_store;
let v2168 = *v2607;
*v2610 = v2168;
var<function> v2611_store: u32;
let v2611 = &v2611_store;
let v2170 = *v2608;
*v2611 = v2170;
for(var v2175: u32 = v68; v2175 < v181; v2175 += v56) {
let v2177 = *v2609;
let v2178 = v2177 + v2175;
let v2179 = f32(0.0);
let v2180 = vec2<f32>(v2179);
var<function> v2613_store: vec2<f32>;
let v2613 = &v2613_store;
*v2613 = v2180;
var<function> v2614_store: vec2<f32>;
let v2614 = &v2614_store;
let v2183 = *v2613;
*v2614 = v2183;
let v2185 = v2175 * v197;
let v2188 = u32(v2185);
let v2192 = &(*v2540)[v2188];
let v2193 = *v2192;
let v2194 = *v2614;
let v2195 = vec2<f32>(v2193, v2194[1]);
*v2614 = v2195;
let v2199 = v2185 + v56;
let v2200 = u32(v2199);
let v2204 = &(*v2540)[v2200];
let v2205 = *v2204;
let v2206 = *v2614;
let v2207 = vec2<f32>(v2206[0], v2205);
*v2614 = v2207;
let v2208 = *v2614;
let v2209 = u32(v2178);
let v2213 = &(*v2527)[v2209];
*v2213 = v2208;

}
for(var v2224: u32 = v68; v2224 < v181; v2224 += v56) {
let v2226 = *v2536;
let v2227 = v2226 + v2224;
let v2228 = u32(v2227);
let v2232 = &(*v2527)[v2228];
let v2233 = *v2232;
let v2236 = v2224 * v197;
let v2237 = u32(4);
let v2238 = v283 * v2237;
let v2240 = v305 * v2237;
let v2242 = v2236 / v2237;
let v2244 = v2236 % v2237;
let v2245 = v2238 + v2242;
let v2246 = v2240 + v2244;
// is_in_bounds
// is_in_bounds_end
let v2247 = v171 + v2245;
let v2248 = v172 + v2246;
let v2251 = u32(v2247);
let v2252 = v2251 * v27;
let v2253 = *v2516;
let v2254 = v2253 + v2252;
let v2255 = u32(v2248);
let v2256 = v2255 * v28;
let v2257 = v2254 + v2256;
let v2259 = v2257 / v2106;
let v2260 = v2247 < v25;
let v2261 = v2248 < v26;
let v2262 = v2260 && v2261;
if v2262 {
let v2264 = v2259 < v2498;
if v2264 {
let v2268 = &(*v2727)[v2259];
*v2268 = v2233;

}

}

}
var<function> v2616_store: u32;
let v2616 = &v2616_store;
let v2274 = *v2593;
*v2616 = v2274;
var<function> v2617_store: u32;
let v2617 = &v2617_store;
let v2276 = *v2594;
*v2617 = v2276;
var<function> v2618_store: u32;
let v2618 = &v2618_store;
let v2278 = *v2595;
*v2618 = v2278;
var<function> v2619_store: u32;
let v2619 = &v2619_store;
let v2280 = *v2616;
*v2619 = v2280;
var<function> v2620_store: u32;
let v2620 = &v2620_store;
let v2282 = *v2617;
*v2620 = v2282;
var<function> v2621_store: u32;
let v2621 = &v2621_store;
let v2284 = *v2618;
*v2621 = v2284;
for(var v2289: u32 = v68; v2289 < v181; v2289 += v56) {
let v2291 = *v2619;
let v2292 = v2291 + v2289;
let v2293 = f32(0.0);
let v2294 = vec2<f32>(v2293);
var<function> v2623_store: vec2<f32>;
let v2623 = &v2623_store;
*v2623 = v2294;
var<function> v2624_store: vec2<f32>;
let v2624 = &v2624_store;
let v2297 = *v2623;
*v2624 = v2297;
let v2299 = v2289 * v197;
let v2302 = u32(v2299);
let v2306 = &(*v2541)[v2302];
let v2307 = *v2306;
let v2308 = *v2624;
let v2309 = vec2<f32>(v2307, v2308[1]);
*v2624 = v2309;
let v2313 = v2299 + v56;
let v2314 = u32(v2313);
let v2318 = &(*v2541)[v2314];
let v2319 = *v2318;
let v2320 = *v2624;
let v2321 = vec2<f32>(v2320[0], v2319);
*v2624 = v2321;
let v2322 = *v2624;
let v2323 = u32(v2292);
let v2327 = &(*v2527)[v2323];
*v2327 = v2322;

}
for(var v2338: u32 = v68; v2338 < v181; v2338 += v56) {
let v2340 = *v2536;
let v2341 = v2340 + v2338;
let v2342 = u32(v2341);
let v2346 = &(*v2527)[v2342];
let v2347 = *v2346;
let v2350 = v2338 * v197;
let v2351 = u32(4);
let v2352 = v318 * v2351;
let v2354 = v285 * v2351;
let v2356 = v2350 / v2351;
let v2358 = v2350 % v2351;
let v2359 = v2352 + v2356;
let v2360 = v2354 + v2358;
// is_in_bounds
// is_in_bounds_end
let v2361 = v171 + v2359;
let v2362 = v172 + v2360;
let v2365 = u32(v2361);
let v2366 = v2365 * v27;
let v2367 = *v2516;
let v2368 = v2367 + v2366;
let v2369 = u32(v2362);
let v2370 = v2369 * v28;
let v2371 = v2368 + v2370;
let v2373 = v2371 / v2106;
let v2374 = v2361 < v25;
let v2375 = v2362 < v26;
let v2376 = v2374 && v2375;
if v2376 {
let v2378 = v2373 < v2498;
if v2378 {
let v2382 = &(*v2727)[v2373];
*v2382 = v2347;

}

}

}
var<function> v2626_store: u32;
let v2626 = &v2626_store;
let v2386 = *v2593;
*v2626 = v2386;
var<function> v2627_store: u32;
let v2627 = &v2627_store;
let v2388 = *v2594;
*v2627 = v2388;
var<function> v2628_store: u32;
let v2628 = &v2628_store;
let v2390 = *v2595;
*v2628 = v2390;
var<function> v2629_store: u32;
let v2629 = &v2629_store;
let v2392 = *v2626;
*v2629 = v2392;
var<function> v2630_store: u32;
let v2630 = &v2630_store;
let v2394 = *v2627;
*v2630 = v2394;
var<function> v2631_store: u32;
let v2631 = &v2631_store;
let v2396 = *v2628;
*v2631 = v2396;
for(var v2401: u32 = v68; v2401 < v181; v2401 += v56) {
let v2403 = *v2629;
let v2404 = v2403 + v2401;
let v2405 = f32(0.0);
let v2406 = vec2<f32>(v2405);
var<function> v2633_store: vec2<f32>;
let v2633 = &v2633_store;
*v2633 = v2406;
var<function> v2634_store: vec2<f32>;
let v2634 = &v2634_store;
let v2409 = *v2633;
*v2634 = v2409;
let v2411 = v2401 * v197;
let v2414 = u32(v2411);
let v2418 = &(*v2542)[v2414];
let v2419 = *v2418;
let v2420 = *v2634;
let v2421 = vec2<f32>(v2419, v2420[1]);
*v2634 = v2421;
let v2425 = v2411 + v56;
let v2426 = u32(v2425);
let v2430 = &(*v2542)[v2426];
let v2431 = *v2430;
let v2432 = *v2634;
let v2433 = vec2<f32>(v2432[0], v2431);
*v2634 = v2433;
let v2434 = *v2634;
let v2435 = u32(v2404);
let v2439 = &(*v2527)[v2435];
*v2439 = v2434;

}
for(var v2450: u32 = v68; v2450 < v181; v2450 += v56) {
let v2452 = *v2536;
let v2453 = v2452 + v2450;
let v2454 = u32(v2453);
let v2458 = &(*v2527)[v2454];
let v2459 = *v2458;
let v2462 = v2450 * v197;
let v2463 = u32(4);
let v2464 = v318 * v2463;
let v2466 = v305 * v2463;
let v2468 = v2462 / v2463;
let v2470 = v2462 % v2463;
let v2471 = v2464 + v2468;
let v2472 = v2466 + v2470;
// is_in_bounds
// is_in_bounds_end
let v2473 = v171 + v2471;
let v2474 = v172 + v2472;
let v2477 = u32(v2473);
let v2478 = v2477 * v27;
let v2479 = *v2516;
let v2480 = v2479 + v2478;
let v2481 = u32(v2474);
let v2482 = v2481 * v28;
let v2483 = v2480 + v2482;
let v2485 = v2483 / v2106;
let v2486 = v2473 < v25;
let v2487 = v2474 < v26;
let v2488 = v2486 && v2487;
if v2488 {
let v2490 = v2485 < v2498;
if v2490 {
let v2494 = &(*v2727)[v2485];
*v2494 = v2459;

}

}

}
return;

}
