import LogoutIcon from '@mui/icons-material/Logout';
import MenuIcon from '@mui/icons-material/Menu';
import {
  AppBar,
  Box,
  Divider,
  Drawer,
  IconButton,
  List,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  ListSubheader,
  MenuItem,
  TextField,
  Toolbar,
  Tooltip,
  Typography,
  useMediaQuery,
  useTheme,
} from '@mui/material';
import { Fragment, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, Outlet, useLocation, useNavigate, useParams } from 'react-router';
import { setLanguage } from '../i18n';
import type { Language } from '../i18n/resources';
import { can, roleIn, useSession, useSignedIn } from '../session/session';
import { NAV, type NavItem } from './nav';
import { useTenants } from './useTenants';

const DRAWER = 248;

/** Selects on the blue app bar: a white field, and a label readable on the bar (WCAG AA contrast). */
const ON_BAR = {
  '& .MuiInputBase-root': { bgcolor: 'background.paper' },
  '& .MuiInputLabel-root, & .MuiInputLabel-root.Mui-focused': { color: 'common.white' },
  '& .MuiInputLabel-shrink': { bgcolor: 'primary.main', px: 0.5, borderRadius: 0.5 },
} as const;

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <TextField
      select
      size="small"
      label={t('language')}
      value={i18n.language}
      onChange={(e) => void setLanguage(e.target.value as Language)}
      sx={{ minWidth: 120, ...ON_BAR }}
    >
      <MenuItem value="ja" lang="ja">
        {t('languageJa')}
      </MenuItem>
      <MenuItem value="en" lang="en">
        {t('languageEn')}
      </MenuItem>
    </TextField>
  );
}

function TenantSwitch({ slug }: { slug: string | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { slugs } = useTenants();
  if (slugs.length === 0) return null;
  return (
    <TextField
      select
      size="small"
      label={t('tenant')}
      value={slug && slugs.includes(slug) ? slug : ''}
      onChange={(e) => void navigate(`/t/${e.target.value}`)}
      sx={{ minWidth: 160, ...ON_BAR }}
    >
      {slugs.map((s) => (
        <MenuItem key={s} value={s}>
          {s}
        </MenuItem>
      ))}
    </TextField>
  );
}

function navTarget(item: NavItem, slug: string | undefined): string | null {
  if (item.path.startsWith('/')) return item.path;
  return slug ? `/t/${slug}${item.path ? `/${item.path}` : ''}` : null;
}

function NavList({ slug, onNavigate }: { slug: string | undefined; onNavigate: () => void }) {
  const { t } = useTranslation();
  const session = useSignedIn();
  const { pathname } = useLocation();
  const role = slug ? roleIn(session, slug) : null;
  const visible = NAV.filter((item) =>
    item.needs === 'platform' ? session.user.isPlatformAdmin : slug !== undefined && can(role, item.needs),
  );
  const sections = [...new Set(visible.map((i) => i.section))];
  return (
    <Box component="nav" aria-label={t('appName')}>
      {sections.map((section) => (
        // A div list: a heading inside a <ul> is not a list item (axe "list").
        <List
          key={section}
          component="div"
          subheader={<ListSubheader component="div">{t(section)}</ListSubheader>}
          dense
        >
          {visible
            .filter((i) => i.section === section)
            .map((item) => {
              const to = navTarget(item, slug)!;
              const active =
                item.path === '' ? pathname === to : pathname === to || pathname.startsWith(`${to}/`);
              const Icon = item.icon;
              return (
                <ListItemButton
                  key={item.label}
                  component={RouterLink}
                  to={to}
                  selected={active}
                  aria-current={active ? 'page' : undefined}
                  onClick={onNavigate}
                >
                  <ListItemIcon>
                    <Icon aria-hidden />
                  </ListItemIcon>
                  <ListItemText primary={t(item.label)} />
                </ListItemButton>
              );
            })}
        </List>
      ))}
    </Box>
  );
}

/** The signed-in frame: app bar (tenant, language, account), navigation, and the page. */
export function Layout({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const theme = useTheme();
  const wide = useMediaQuery(theme.breakpoints.up('lg'));
  const [open, setOpen] = useState(false);
  const { slug } = useParams();
  const session = useSignedIn();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const drawer = (
    <Fragment>
      <Toolbar />
      <Divider />
      <NavList slug={slug} onNavigate={() => setOpen(false)} />
    </Fragment>
  );
  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <a href="#main" className="skip-link">
        {t('skipToContent')}
      </a>
      <AppBar position="fixed" sx={{ zIndex: (th) => th.zIndex.drawer + 1 }}>
        <Toolbar sx={{ gap: 2 }}>
          {!wide ? (
            <IconButton color="inherit" edge="start" aria-label={t('openMenu')} onClick={() => setOpen(true)}>
              <MenuIcon />
            </IconButton>
          ) : null}
          <Typography
            variant="h6"
            component={RouterLink}
            to="/"
            sx={{ color: 'inherit', textDecoration: 'none', mr: 'auto' }}
          >
            {t('appName')}
            <Typography
              component="span"
              variant="body2"
              sx={{ ml: 1, display: { xs: 'none', md: 'inline' }, opacity: 0.85 }}
            >
              {t('appTagline')}
            </Typography>
          </Typography>
          <TenantSwitch slug={slug} />
          <LanguageSwitch />
          <Typography variant="body2" sx={{ display: { xs: 'none', md: 'block' } }}>
            {session.user.email}
          </Typography>
          <Tooltip title={t('signOut')}>
            <IconButton
              color="inherit"
              aria-label={t('signOut')}
              onClick={() => void signOut().then(() => navigate('/signin'))}
            >
              <LogoutIcon />
            </IconButton>
          </Tooltip>
        </Toolbar>
      </AppBar>
      <Drawer
        variant={wide ? 'permanent' : 'temporary'}
        open={wide || open}
        onClose={() => setOpen(false)}
        sx={{
          width: DRAWER,
          flexShrink: 0,
          '& .MuiDrawer-paper': { width: DRAWER, boxSizing: 'border-box' },
        }}
      >
        {drawer}
      </Drawer>
      <Box
        component="main"
        id="main"
        tabIndex={-1}
        sx={{ flexGrow: 1, p: { xs: 2, md: 3 }, minWidth: 0, outline: 'none' }}
      >
        <Toolbar />
        {children ?? <Outlet />}
      </Box>
    </Box>
  );
}
