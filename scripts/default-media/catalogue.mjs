/**
 * What is drawn into which file: each still picture of the pack and the scene that draws it (a
 * prefix keeps its gradient ids apart), and the two videos with their scenes and lengths.
 */
import { platformScene, reachScene, dashboardScene, craneScene, twinScene } from './covers/machinery.mjs';
import { batteryScene, energyFieldScene, energyPlantScene } from './covers/energy.mjs';
import { textileScene, processingPlantScene } from './covers/consumer.mjs';
import { targetScene, waferScene, chipBoardScene, powerChipScene } from './covers/semiconductors.mjs';
import { labScene, medicineScene } from './covers/pharma.mjs';
import { assemblyScene } from './scenes/assembly-line.mjs';
import { cityScene } from './scenes/city.mjs';
import { Defs, svgDoc } from './svg.mjs';

export const stills = {};

const still = (prefix, scene) => () => {
  const D = new Defs(prefix);
  const body = scene(D);
  return svgDoc(D, body);
};

stills['city/skyline.svg'] = still('sky', (D) => cityScene(D, 1.3));
stills['enterprises/xcmg-hanyun/platform.svg'] = still('hy1', platformScene);
stills['enterprises/xcmg-hanyun/reach.svg'] = still('hy2', reachScene);
stills['enterprises/xcmg-hanyun/dashboard.svg'] = still('hy3', dashboardScene);
stills['enterprises/xcmg-heavy/assembly-line.svg'] = still('xh1', (D) => assemblyScene(D, 4.9));
stills['enterprises/xcmg-heavy/wheeled-crane.svg'] = still('xh2', craneScene);
stills['enterprises/xcmg-crawler-chassis/digital-twin.svg'] = still('cc', twinScene);
stills['enterprises/xcmg-findreams-battery/battery-line.svg'] = still('fb', batteryScene);
stills['enterprises/huafa-textile/smart-weaving.svg'] = still('hf', textileScene);
stills['enterprises/cp-food-xuzhou/processing-plant.svg'] = still('cp', processingPlantScene);
stills['enterprises/xiandao-dianke/ito-targets.svg'] = still('xd', targetScene);
stills['enterprises/hongyuan/green-energy.svg'] = still('hg', energyFieldScene);
stills['enterprises/gcl/new-energy-plant.svg'] = still('gcl', energyPlantScene);
stills['enterprises/nhwa-pharma/drug-lab.svg'] = still('nh', labScene);
stills['enterprises/wanbang/innovative-drugs.svg'] = still('wb', medicineScene);
stills['enterprises/xinhua-semiconductor/wafers.svg'] = still('xs', waferScene);
stills['enterprises/zhongke-zhixin/chip.svg'] = still('zz', chipBoardScene);
stills['enterprises/zhongke-hanyun/wafer-and-chips.svg'] = still('zh', powerChipScene);

export const videos = {
  'video/city-pulse': { scene: cityScene, prefix: 'cp', seconds: 8 },
  // Its poster shows the arms carrying parts, as the article describes them.
  'video/assembly-line': { scene: assemblyScene, prefix: 'al', seconds: 8, posterAt: 4.9 },
};

/** A frame of a video at t seconds (t = 0: its poster), drawn at 1600×900 and sized 1280×720. */
export function frameSvg({ scene, prefix }, t) {
  const D = new Defs(prefix);
  const body = scene(D, t);
  return svgDoc(D, body, { outW: 1280, outH: 720 });
}
