import type { SvgIconComponent } from '@mui/icons-material';
import DashboardOutlinedIcon from '@mui/icons-material/DashboardOutlined';
import CloudUploadOutlinedIcon from '@mui/icons-material/CloudUploadOutlined';
import FactCheckOutlinedIcon from '@mui/icons-material/FactCheckOutlined';
import HistoryOutlinedIcon from '@mui/icons-material/HistoryOutlined';
import TableChartOutlinedIcon from '@mui/icons-material/TableChartOutlined';
import VpnKeyOutlinedIcon from '@mui/icons-material/VpnKeyOutlined';
import GroupOutlinedIcon from '@mui/icons-material/GroupOutlined';
import SettingsOutlinedIcon from '@mui/icons-material/SettingsOutlined';
import ReceiptLongOutlinedIcon from '@mui/icons-material/ReceiptLongOutlined';
import ApartmentOutlinedIcon from '@mui/icons-material/ApartmentOutlined';

export interface NavItem {
  /** Key in the common namespace. */
  label: string;
  /** Path below `/t/:slug` (tenant pages) or absolute (platform pages). */
  path: string;
  icon: SvgIconComponent;
  needs: 'read' | 'upload' | 'manage' | 'platform';
  section: 'sectionRoster' | 'sectionAdmin' | 'sectionPlatform';
}

export const NAV: NavItem[] = [
  { label: 'navDashboard', path: '', icon: DashboardOutlinedIcon, needs: 'read', section: 'sectionRoster' },
  {
    label: 'navUpload',
    path: 'upload',
    icon: CloudUploadOutlinedIcon,
    needs: 'upload',
    section: 'sectionRoster',
  },
  {
    label: 'navPrecheck',
    path: 'precheck',
    icon: FactCheckOutlinedIcon,
    needs: 'read',
    section: 'sectionRoster',
  },
  {
    label: 'navUploads',
    path: 'uploads',
    icon: HistoryOutlinedIcon,
    needs: 'read',
    section: 'sectionRoster',
  },
  {
    label: 'navRecords',
    path: 'records',
    icon: TableChartOutlinedIcon,
    needs: 'read',
    section: 'sectionRoster',
  },
  {
    label: 'navClients',
    path: 'clients',
    icon: VpnKeyOutlinedIcon,
    needs: 'manage',
    section: 'sectionAdmin',
  },
  { label: 'navUsers', path: 'users', icon: GroupOutlinedIcon, needs: 'manage', section: 'sectionAdmin' },
  {
    label: 'navSettings',
    path: 'settings',
    icon: SettingsOutlinedIcon,
    needs: 'manage',
    section: 'sectionAdmin',
  },
  {
    label: 'navAudit',
    path: 'audit',
    icon: ReceiptLongOutlinedIcon,
    needs: 'manage',
    section: 'sectionAdmin',
  },
  {
    label: 'navPlatform',
    path: '/platform/tenants',
    icon: ApartmentOutlinedIcon,
    needs: 'platform',
    section: 'sectionPlatform',
  },
];
