// Words shared by many screens.
export const common = {
  retry: 'Retry',
  close: 'Close',
  cancel: 'Cancel',
  copied: 'Copied',
  copiedToClipboard: 'Copied to the clipboard',
  copyRefused: 'The browser did not allow copying to the clipboard',
  clearSearch: 'Clear search text',
  pages: 'Pages',
  previousPage: 'Go to previous page',
  nextPage: 'Go to next page',
  range: (from: number, to: number, total: number) => `${from}–${to} of ${total}`,
  /** The language control's name reads in both languages, so anyone can find it. */
  languageLabel: 'Language / 语言',
  languageNames: { en: 'English', 'zh-CN': '简体中文', 'zh-TW': '繁體中文' },
  // Who deleted it (ZStack Cloud's audit log).
  deletedBy: 'Deleted by',
  unknownOperator: 'Unknown operator',
  deletedFrom: (ip: string, time: string) => `from ${ip}, ${time}`,
  notRecorded: 'Who deleted these is not recorded by this ZStack edition (it has no audit log).',
  auditDenied: 'Your account may not read the audit log, so who deleted these is not shown.',
  notInAudit: 'Not in the audit log',
  notVisibleToAccount: 'Not visible to your account',
  deletedWithVm: (vm: string, who: string) => `Deleted with VM ${vm}, by ${who}`,
  /** Read by screen readers after the deleter's name, which links to the event. */
  seeDeletionEvent: ': its deletion event',
  /** The console's words for the states ZStack reports (VM states, volume status and state); others as sent. */
  states: {
    Created: 'Created',
    Starting: 'Starting',
    Running: 'Running',
    Stopping: 'Stopping',
    Stopped: 'Stopped',
    Rebooting: 'Rebooting',
    Migrating: 'Migrating',
    Pausing: 'Pausing',
    Paused: 'Paused',
    Resuming: 'Resuming',
    Destroying: 'Destroying',
    Destroyed: 'Destroyed',
    Expunging: 'Expunging',
    VolumeMigrating: 'VolumeMigrating',
    VolumeRecovering: 'VolumeRecovering',
    Unknown: 'Unknown',
    Error: 'Error',
    Crashed: 'Crashed',
    Creating: 'Creating',
    NotInstantiated: 'NotInstantiated',
    Ready: 'Ready',
    Deleted: 'Deleted',
    Enabled: 'Enabled',
    Disabled: 'Disabled',
  },
  /**
   * ZStack's type values, each in the console's words (zh-CN: ZStack's own terms); a value not listed is shown as
   * sent. Volume type (VolumeInventory.type), VM type (VmInstanceInventory.type), image media type
   * (ImageConstant.ImageMediaType) and NIC type (VmInstanceConstant's NIC types).
   */
  terms: {
    volumeType: { Root: 'Root', Data: 'Data' },
    vmType: { UserVm: 'User VM', ApplianceVm: 'Appliance VM' },
    mediaType: {
      RootVolumeTemplate: 'Root volume template',
      DataVolumeTemplate: 'Data volume template',
      ISO: 'ISO',
    },
    nicType: { VNIC: 'Virtual NIC', VF: 'SR-IOV virtual function', vDPA: 'vDPA' },
  },
};
