/** What the figures were measured on, printed at the top of every report. */
import { cpus, loadavg, totalmem } from 'node:os';

export interface MachineInfo {
  cpuModel: string;
  cores: number;
  ramGb: number;
  node: string;
  platform: string;
  /** 1/5/15-minute load averages when the run started: other work on the machine skews the figures. */
  loadAverage: number[];
}

export function describeMachine(): MachineInfo {
  const cpu = cpus();
  return {
    cpuModel: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    ramGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
  };
}
