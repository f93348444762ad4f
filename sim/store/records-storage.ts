/** Image and backup-storage rows: dates as epoch ms, an absent optional field is a NULL column. */

export type ImageRec = {
  uuid: string;
  name: string;
  description?: string;
  state: string;
  status: string;
  size: number;
  actualSize: number;
  md5Sum: string;
  url: string;
  mediaType: string;
  guestOsType: string;
  type: string;
  platform: string;
  architecture: string;
  format: string;
  system: boolean;
  virtio?: boolean;
  createDate: number;
  lastOpDate: number;
  /** ImageBackupStorageRefVO rows, one per backup storage holding the image. */
  backupStorageRefs: ImageBackupStorageRefRec[];
};
/** Per backup storage: `status` is Deleted there on its own, and `lastOpDate` is that copy's expunge clock. */
export type ImageBackupStorageRefRec = {
  backupStorageUuid: string;
  installPath: string;
  exportMd5Sum?: string;
  exportUrl?: string;
  status: string;
  createDate: number;
  lastOpDate: number;
};
export type BackupStorageRec = {
  uuid: string;
  name: string;
  description?: string;
  url: string;
  type: string;
  state: string;
  status: string;
  totalCapacity: number;
  availableCapacity: number;
  attachedZoneUuids: string[];
  createDate: number;
  lastOpDate: number;
};
